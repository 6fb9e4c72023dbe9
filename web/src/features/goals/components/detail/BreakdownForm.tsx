import type { Goal } from '@shared/goals/goal.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../../components/FormError.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { sentence } from '../../../../components/text.ts';
import { useFormErrors } from '../../../../components/useFormErrors.ts';
import { useBreakdown } from '../../api/goal-page.ts';
import './check-ins.css';

type Period = 'half' | 'quarter' | 'month';
const PERIODS: { value: Period; label: string; adjective: string }[] = [
  { value: 'half', label: 'Halves', adjective: 'half-yearly' },
  { value: 'quarter', label: 'Quarters', adjective: 'quarterly' },
  { value: 'month', label: 'Months', adjective: 'monthly' },
];

// The summary links to the first choice; the API says why a breakdown cannot be made in a sentence.
const fields: FieldMap = { period: { id: 'breakdown-half', label: 'Break it down into' } };

/**
 * Breaks a goal into slices along calendar halves, quarters or months. The API explains when it
 * cannot (e.g. monthly shares that would round to nothing); that message sits beside the choice.
 */
export function BreakdownForm({ goal, onDone }: { goal: Goal; onDone: (slices: Goal[]) => void }) {
  const breakdown = useBreakdown(goal.id);
  const errors = useFormErrors(breakdown.error, fields);
  const showStatus = useStatus();
  const [period, setPeriod] = useState<Period>('quarter');
  const choice = errors.bind('period');
  // A 400 carries its reason as an issue; a 409 (already has slices) as the message itself.
  const message = errors.issues.length > 0 ? 'This goal cannot be broken down that way.' : errors.message;

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
      <FormError message={message} issues={errors.issues} fields={fields} />
      <fieldset
        className={choice.error ? 'choice-group field--invalid' : 'choice-group'}
        aria-describedby={choice.error ? `${choice.id}-error` : undefined}
      >
        <legend className="field__label">{choice.label}</legend>
        <p className="field__hint">
          One slice per calendar period from the start date to the due date, each with its share of the
          target.
        </p>
        {choice.error && (
          <p className="field__error" id={`${choice.id}-error`}>
            <span className="visually-hidden">Error: </span>
            {sentence(choice.error)}
          </p>
        )}
        <div className="choice-group__options">
          {PERIODS.map((p) => (
            <label key={p.value} className="choice">
              <input
                type="radio"
                id={`breakdown-${p.value}`}
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
