// The geometry of the report's bar charts (hours per bucket side by side, content per bucket):
// pure numbers in, pixels out, unit-tested with numbers worked out by hand.
import { allWhole, niceTicks } from '../../../goals/components/chart/ticks.ts';

export interface Bands {
  /** The width of one bucket's band. */
  step: number;
  /** The width of each bar. */
  barWidth: number;
  /** From the band's left edge to its first bar: the bars sit centred in the band. */
  offset: number;
}

/**
 * `n` bands across `width`, each holding `bars` bars side by side. The bars fill all but `padding`
 * of a band, but grow no wider than `maxBar`: seven days should not make slabs.
 */
export function bands(n: number, bars: number, width: number, padding = 0.25, maxBar = 28): Bands {
  const step = width / Math.max(1, n);
  const barWidth = Math.min((step * (1 - padding)) / Math.max(1, bars), maxBar);
  return { step, barWidth, offset: (step - barWidth * bars) / 2 };
}

/** The left edge of bar `bar` in band `band`. */
export function barX(layout: Bands, band: number, bar: number): number {
  return band * layout.step + layout.offset + bar * layout.barWidth;
}

/** Label every `k`-th band, so that no more than `room` labels stand under the axis. */
export function labelStep(n: number, room: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, Math.floor(room))));
}

/**
 * The value axis of bars, from 0 to a round value above the largest: about four ticks, whole ones
 * when every value is whole (a count of books). Nothing at all still draws an axis of 0 to 1.
 */
export function barScale(values: readonly number[]): { ticks: number[]; hi: number } {
  const max = Math.max(0, ...values);
  const nice = niceTicks(0, max > 0 ? max : 1, 4, allWhole(values));
  return { ticks: nice.ticks, hi: nice.hi };
}

/** A bar's height for `value` on a scale up to `hi` drawn `plotH` tall; never below the axis. */
export function barHeight(value: number, hi: number, plotH: number): number {
  return hi > 0 ? (Math.max(0, value) / hi) * plotH : 0;
}
