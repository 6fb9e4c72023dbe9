import type { RefObject } from 'react';
import { formatQuantity } from '../../../../../src/goals/domain/index.ts';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { useCreateCheckIn } from '../../../api/goal-detail.ts';
import { formatDate } from '../../../components/goals/index.ts';
import { useStatus } from '../../../components/StatusProvider.tsx';
import { CheckInForm } from './CheckInForm.tsx';
import { shortTitle, sliceFor } from './family.ts';

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
