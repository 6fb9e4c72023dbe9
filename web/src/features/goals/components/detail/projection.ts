// A forecast's projected value as the web shows it. A fit through two early check-ins can land
// anywhere (367 books of a 12-book goal, −338 kg of a diet), so the page shows it within a sane band
// around the baseline and says "more than" or "less than" beyond it. The API's value stays as fitted.
import type { Goal } from '@shared/goals/goal.schema.ts';
import { formatQuantity } from '@shared/numbers.ts';

type Metric = NonNullable<Goal['metric']>;

/** How far from the baseline a shown projection may go, in baseline-to-target distances, either way. */
export const PROJECTION_BAND = 10;

/** A projection held to the band: its value, and whether the fitted one lies beyond it. */
export interface ShownProjection {
  value: number;
  beyond: 'above' | 'below' | null;
}

/** The projection held within `PROJECTION_BAND` times the baseline-to-target distance of the baseline. */
export function bandedProjection(metric: Metric, projected: number): ShownProjection {
  const reach = PROJECTION_BAND * Math.abs(metric.target - metric.baseline);
  const [lo, hi] = [metric.baseline - reach, metric.baseline + reach];
  if (projected > hi) return { value: hi, beyond: 'above' };
  if (projected < lo) return { value: lo, beyond: 'below' };
  return { value: projected, beyond: null };
}

/** "14.5 books", or beyond the band "more than 120 books" / "less than −10 kg". */
export function projectionText(metric: Metric, projected: number): string {
  const { value, beyond } = bandedProjection(metric, projected);
  const amount = formatQuantity(value, metric.unit);
  return beyond === 'above' ? `more than ${amount}` : beyond === 'below' ? `less than ${amount}` : amount;
}
