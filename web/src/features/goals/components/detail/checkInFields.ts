// zod's settings first: see api/zod-setup.ts.
import '../../../../api/zod-setup.ts';
import { NOTE_MAX } from '@shared/goals/goal.limits.ts';
import { z } from 'zod';
import { CalendarDate, Measurement } from '../../api/schemas.ts';

/**
 * The check-in form's values as typed, checked before sending: the amount is text until it is
 * known to be a number, then becomes one.
 */
export const CheckInFields = z.object({
  date: CalendarDate,
  value: z
    .string()
    .trim()
    .min(1, 'is required')
    .refine((v) => Number.isFinite(Number(v)), { message: 'must be a number, such as 2.5', abort: true })
    .transform(Number)
    // The API's own bounds (at most a billion either way, 6 decimals), said before sending.
    .pipe(Measurement),
  note: z.string().max(NOTE_MAX),
});
export type CheckInValues = z.output<typeof CheckInFields>;

const sumFields = CheckInFields.refine((v) => v.value !== 0, {
  path: ['value'],
  message: 'must not be 0: a check-in adds an amount',
});

/** The fields for a goal counted this way: a `sum` check-in adds an amount, so it cannot be 0. */
export function checkInFieldsFor(aggregation: 'sum' | 'last') {
  return aggregation === 'sum' ? sumFields : CheckInFields;
}
