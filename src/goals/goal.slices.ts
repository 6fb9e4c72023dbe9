import type { z } from 'zod';
import type { UpdateGoalBody } from '../../shared/goals/goal.schema.ts';
import { AppError, invalidField } from '../platform/http/errors.ts';
import { BreakdownError, type Metric, resplitMetrics, sharesMeasure } from './domain/index.ts';
import { metricOf } from './goal.forest.ts';
import type { GoalRow } from './goal.repository.ts';
import type { GoalCandidate } from './goal.rules.ts';

/** 409: a change that reshapes a goal with slices must say what becomes of them. */
const slicesChoice = (count: number) =>
  new AppError(
    409,
    'conflict',
    `This goal has ${count === 1 ? 'a slice' : `${count} slices`}: say whether to recompute their targets or keep them.`,
    [
      {
        path: 'slices',
        message:
          'send "resplit" to recompute the slices’ targets for their own dates (keeping them and their check-ins), or "keep" to leave them as they are',
      },
    ],
  );

/**
 * What becomes of a goal's slices when its metric's baseline or target, or its dates, change:
 * nothing unless they change; a 409 until the change says `resplit` or `keep`; for `resplit`, the
 * new metric of each slice measuring what the goal measures (by the breakdown's rules for the
 * slice's own dates), as [slice id, metric] pairs.
 */
export function slicesToResplit(
  current: GoalRow,
  next: GoalCandidate,
  slices: readonly GoalRow[],
  choice: z.output<typeof UpdateGoalBody>['slices'],
): [string, Metric][] {
  if (slices.length === 0) return [];
  const before = metricOf(current);
  const reshaped =
    before?.baseline !== next.metric?.baseline ||
    before?.target !== next.metric?.target ||
    current.start_date !== next.startDate ||
    current.due_date !== next.dueDate;
  if (!reshaped) return [];
  if (choice === undefined) throw slicesChoice(slices.length);
  if (choice === 'keep' || next.metric === null) return [];
  const metric = next.metric;
  const measured = slices
    .filter((slice) => slice.due_date !== null && sharesMeasure(metric, metricOf(slice)))
    .sort((a, b) => (a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : 0));
  if (measured.length === 0) return [];
  try {
    const ranges = measured.map((slice) => ({ startDate: slice.start_date, dueDate: slice.due_date! }));
    const span = { startDate: next.startDate, dueDate: next.dueDate ?? measured.at(-1)!.due_date! };
    const metrics = resplitMetrics(metric, span, ranges);
    return measured.map((slice, i) => [slice.id, metrics[i]!]);
  } catch (err) {
    if (err instanceof BreakdownError) throw invalidField('slices', err.message);
    throw err;
  }
}
