import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';
import { unitFor } from '@shared/units.ts';
import type { RefObject } from 'react';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { useCreateCheckIn } from '../../api/goal-page.ts';
import { formatDate } from '../widgets/dates.ts';
import { CheckInForm } from './CheckInForm.tsx';
import { shortTitle, sliceFor } from './family.ts';
import './check-ins.css';

export interface NewCheckInProps {
  goal: Goal & { metric: NonNullable<Goal['metric']> };
  /** The goal's direct children: a check-in on a date one of them covers goes on it. */
  slices: readonly Goal[];
  today: string;
  valueRef: RefObject<HTMLInputElement | null>;
}

/** The form that records a check-in; anchored at `#check-in` so other pages can link straight to it. */
export function NewCheckIn({ goal, slices, today, valueRef }: NewCheckInProps) {
  const create = useCreateCheckIn(goal.id);
  const showStatus = useStatus();
  const { metric } = goal;

  return (
    <section id="check-in" className="new-check-in" aria-labelledby="check-in-title">
      <h3 id="check-in-title" className="new-check-in__title">
        Record a check-in
      </h3>
      <p className="new-check-in__lead">
        {metric.aggregation === 'sum'
          ? `Each check-in adds to the total, in ${unitFor(metric.unit, 2)}.`
          : `Each check-in is your level on that day, in ${unitFor(metric.unit, 2)}; the latest one counts.`}
        {slices.length > 0 && ' Check-ins on its slices count here too.'}
      </p>
      <CheckInForm
        idPrefix="check-in"
        metric={metric}
        today={today}
        initial={{ date: today, value: '', note: '' }}
        submitLabel="Save check-in"
        pendingLabel="Saving…"
        pending={create.isPending}
        serverError={create.error}
        valueRef={valueRef}
        note={(date) => {
          const slice = sliceFor(goal, slices, date);
          return slice ? (
            <p className="field__hint">
              Goes on the slice “{shortTitle(slice, goal.title)}”, so it counts for that slice and for this
              goal.
            </p>
          ) : null;
        }}
        onSubmit={(values, reset) => {
          const slice = sliceFor(goal, slices, values.date);
          create.mutate(
            { ...values, onGoalId: slice?.id },
            {
              onSuccess: (checkIn) => {
                reset();
                const amount = formatQuantity(checkIn.value, metric.unit);
                showStatus(`Check-in saved: ${amount} on ${formatDate(checkIn.date)}.`);
                valueRef.current?.focus();
              },
            },
          );
        }}
      />
    </section>
  );
}
