import { SelectField, type SelectFieldProps } from '../../../components/SelectField.tsx';
import { ratingText } from './format.ts';
import { RATING_MAX } from './labels.ts';

/** The choices of a rating, 1 to 5, as words ("4 of 5"). */
const RATING_OPTIONS: readonly (readonly [string, string])[] = Array.from({ length: RATING_MAX }, (_, i) => [
  String(i + 1),
  ratingText(i + 1),
]);

/** How much an entry was worth to the person: no rating, or 1 to 5 in words. */
export function RatingField(props: Omit<SelectFieldProps, 'options' | 'children'>) {
  return (
    <SelectField {...props} options={RATING_OPTIONS}>
      <option value="">No rating</option>
    </SelectField>
  );
}
