// O*NET's ratings as Trellis's importance (1–5) and level (0–5), rounded half away from zero and
// computed from the decimal digits the file holds, so a value on a boundary (LV 3.5 × 5/7 = 2.5)
// rounds the same way every time, free of binary floating-point error.

/** The most decimals a rating may have; O*NET writes two. */
const MAX_DECIMALS = 6;

/**
 * `text` (a plain decimal number such as "3.62") × `num` / `den`, rounded half away from zero; null
 * when `text` is not such a number.
 */
export function roundScaled(text: string, num: number, den: number): number | null {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.trim());
  if (!match || `${match[2]}${match[3] ?? ''}` === '') return null;
  const decimals = match[3] ?? '';
  if (decimals.length > MAX_DECIMALS) return null;
  // value = mantissa / 10^decimals, so value × num / den = mantissa × num / (10^decimals × den).
  const numerator = Number(`${match[2]}${decimals}`) * num;
  const denominator = 10 ** decimals.length * den;
  // Half away from zero on the magnitude: ⌊(2n + d) / 2d⌋, in whole numbers.
  const twice = 2 * numerator + denominator;
  const rounded = (twice - (twice % (2 * denominator))) / (2 * denominator);
  return match[1] === '-' && rounded !== 0 ? -rounded : rounded;
}

/** Importance 1–5 from O*NET's IM (1–5), rounded; null when not a number or outside the scale. */
export function importanceOf(im: string): number | null {
  const value = roundScaled(im, 1, 1);
  return value !== null && value >= 1 && value <= 5 && Number(im) >= 1 && Number(im) <= 5 ? value : null;
}

/** Level 0–5 from O*NET's LV (0–7) as LV × 5 / 7, rounded; null when not a number or outside the scale. */
export function levelOf(lv: string): number | null {
  const value = roundScaled(lv, 5, 7);
  return value !== null && Number(lv) >= 0 && Number(lv) <= 7 ? value : null;
}
