import { unitFor } from './units.ts';

// Rounding and showing numbers. Binary floats turn 0.7 + 0.1 into 0.7999999999999999; the domain
// rules clean such noise away before comparing or showing a number.

/** Rounds to 9 decimals to remove binary floating-point noise (and turns −0 into 0). */
export function clean(x: number): number {
  if (!Number.isFinite(x)) return x;
  const rounded = Number(x.toFixed(9));
  return rounded === 0 ? 0 : rounded;
}

/** Rounds to `decimals` places with halves going away from zero: 2.5 → 3, −2.5 → −3, 1.005 → 1.01. */
export function roundHalfAwayFromZero(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const factor = 10 ** decimals;
  // clean() first so 1.005 * 100 = 100.49999999999999 counts as the half it stands for.
  // Dividing the whole number back gives the double nearest the decimal result, e.g. 101 / 100 = 1.01.
  const rounded = (Math.sign(x) * Math.round(clean(Math.abs(x) * factor))) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Number of decimals as the number is written: 1200 → 0, 12.5 → 1, 0.25 → 2, 1e-7 → 7. */
export function decimalsOf(n: number): number {
  if (!Number.isFinite(n)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(n)).split('e');
  const fractionDigits = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fractionDigits - Number(exponent));
}

/** A number rounded half away from zero to at most `maxDecimals`, without trailing zeros: 9.50 → "9.5", 3.0 → "3", 1200 → "1,200". */
export function formatNumber(n: number, maxDecimals = 1): string {
  return roundHalfAwayFromZero(n, maxDecimals).toLocaleString('en-US', {
    maximumFractionDigits: maxDecimals,
  });
}

/**
 * A formatted number followed by its unit in the number's form: "9.5 h", "1 book", "2 books";
 * just the number when there is no unit.
 */
export function formatQuantity(n: number, unit: string, maxDecimals = 1): string {
  const trimmed = unit.trim();
  if (trimmed === '') return formatNumber(n, maxDecimals);
  return `${formatNumber(n, maxDecimals)} ${unitFor(trimmed, roundHalfAwayFromZero(n, maxDecimals))}`;
}

/**
 * The size of a pace with its unit, as the goal page and the review both write it: one decimal,
 * two below 1 so that one talk in 40 weeks reads "0.03 talks", not "0 talks".
 */
export function formatPace(perWeek: number, unit: string): string {
  const size = Math.abs(perWeek);
  return formatQuantity(size, unit, size < 1 ? 2 : 1);
}

/** A share as a whole percentage, written without a space: 0.786 → "79%". */
export function formatPercent(share: number): string {
  return `${roundHalfAwayFromZero(share * 100, 0)}%`;
}
