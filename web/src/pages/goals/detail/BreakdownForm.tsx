import { type FormEvent, useId, useState } from 'react';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { issuesOf, messageOf } from '../../../api/errors.ts';
import { useBreakdown } from '../../../api/goal-detail.ts';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { sentence } from '../../../components/text.ts';

type Period = 'half' | 'quarter' | 'month';
const PERIODS: { value: Period; label: string; adjective: string }[] = [
  { value: 'half', label: 'Halves', adjective: 'half-yearly' },
  { value: 'quarter', label: 'Quarters', adjective: 'quarterly' },
  { value: 'month', label: 'Months', adjective: 'monthly' },
];

/**
 * Breaks a goal into slices along calendar halves, quarters or months. The API explains when it
 * cannot (e.g. monthly shares that would round to nothing); that message sits beside the choice.
 */
export function BreakdownForm({ goal, onDone }: { goal: Goal; onDone: (slices: Goal[]) => void }) {
  const breakdown = useBreakdown(goal.id);
  const showStatus = useStatus();
  const [period, setPeriod] = useState<Period>('quarter');
  const errorId = useId();
  const issues = issuesOf(breakdown.error);
  const issue = issues[0]?.message;
  // A 400 carries its reason as an issue; a 409 (already has slices) as the message itself.
  const message = issue ? 'This goal cannot be broken down that way.' : messageOf(breakdown.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    // Not mutate's own onSuccess: the refreshed goal has slices, which unmounts this form before it
    // would run. The promise settles either way; a failure shows through `breakdown.error`.
    breakdown.mutateAsync(period).then(
      (slices) => {
        const adjective = PERIODS.find((p) => p.value === period)!.adjective;
        showStatus(`Created ${slices.length} ${adjective} slices.`);
        onDone(slices);
      },
      () => {},
    );
  }

  return (
    <form className="form breakdown" noValidate onSubmit={submit}>
      <FormError message={message} issues={issues.map((i) => ({ ...i, message: sentence(i.message) }))} />
      <fieldset
        className={issue ? 'choice-group field--invalid' : 'choice-group'}
        aria-describedby={issue ? errorId : undefined}
      >
        <legend className="field__label">Break it down into</legend>
        <p className="field__hint">
          One slice per calendar period from the start date to the due date, each with its share of the
          target.
        </p>
        {issue && (
          <p className="field__error" id={errorId}>
            <span className="visually-hidden">Error: </span>
            {sentence(issue)}
          </p>
        )}
        <div className="choice-group__options">
          {PERIODS.map((p) => (
            <label key={p.value} className="choice">
              <input
                type="radio"
                name="period"
                value={p.value}
                checked={period === p.value}
                onChange={() => {
                  setPeriod(p.value);
                  breakdown.reset();
                }}
              />
              {p.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={breakdown.isPending} pendingLabel="Breaking down…">
          Break down
        </Button>
      </div>
    </form>
  );
}
