import { ratingText } from './format.ts';
import { RATING_MAX } from './labels.ts';

/** The choices of a rating select, 1 to 5, as words ("4 of 5"). */
export const RATING_OPTIONS: readonly (readonly [string, string])[] = Array.from(
  { length: RATING_MAX },
  (_, i) => [String(i + 1), ratingText(i + 1)],
);
