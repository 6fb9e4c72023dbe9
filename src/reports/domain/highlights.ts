// The report's highlights: short sentences with numbers, written from its figures, the largest
// relative changes first.
import { formatNumber, formatPercent, formatQuantity } from '../../../shared/numbers.ts';
import { FIGURE_KEYS, type Figure } from '../../../shared/reports/report.schema.ts';
import { FIGURE_NAMES } from './figures.ts';

/** The most sentences a report writes. */
export const MAX_HIGHLIGHTS = 5;

/** How the sentences name the previous period: "last quarter" and "the quarter before". */
export interface Comparison {
  /** "Practice up 40% on last quarter" */
  last: string;
  /** "Learning: 5 h, none the quarter before" */
  before: string;
}

/** The previous calendar period by name, or, for a range, the same number of days. */
export function comparisonOf(
  kind: 'week' | 'month' | 'quarter' | 'year' | 'range',
  days: number,
): Comparison {
  if (kind === 'range') {
    const span = days === 1 ? 'the day before' : `the ${formatNumber(days, 0)} days before`;
    return { last: span, before: span };
  }
  return { last: `last ${kind}`, before: `the ${kind} before` };
}

const amount = (f: Figure, n: number) => {
  const { unit } = FIGURE_NAMES[f.key];
  return unit === '' ? formatNumber(n) : formatQuantity(n, unit);
};

/**
 * At most five sentences, one per figure that is not 0 in both periods, the largest change
 * relative to the previous period first (a figure up from nothing before any other), ties in the
 * figures' order. A change from nothing has no percentage: "Learning: 5 h, none the quarter before".
 */
export function highlights(figures: readonly Figure[], comparison: Comparison): string[] {
  const order = (f: Figure) => FIGURE_KEYS.indexOf(f.key);
  const relative = (f: Figure) =>
    f.previous === 0 ? Number.POSITIVE_INFINITY : Math.abs(f.change / f.previous);
  return figures
    .filter((f) => f.value !== 0 || f.previous !== 0)
    .sort((a, b) => relative(b) - relative(a) || order(a) - order(b))
    .slice(0, MAX_HIGHLIGHTS)
    .map((f) => sentence(f, comparison));
}

function sentence(f: Figure, comparison: Comparison): string {
  const { subject } = FIGURE_NAMES[f.key];
  if (f.previous === 0) return `${subject}: ${amount(f, f.value)}, none ${comparison.before}`;
  if (f.change === 0) return `${subject} unchanged on ${comparison.last}: ${amount(f, f.value)}`;
  const direction = f.change > 0 ? 'up' : 'down';
  const share = formatPercent(Math.abs(f.change) / f.previous);
  return `${subject} ${direction} ${share} on ${comparison.last}: ${amount(f, f.value)} against ${amount(f, f.previous)}`;
}
