// The learning forms' schemas, the API's own. zod's settings first: see api/zod-setup.ts.
import '../../../api/zod-setup.ts';
import { formatDate } from '@shared/calendar.ts';
import { CalendarDate } from '@shared/http/common.schema.ts';
import { DayMinutes } from '@shared/learning/learning.fields.ts';
import { activityIssue } from '@shared/learning/learning.rules.ts';
import { CreateLearningBody, NOTE_MAX } from '@shared/learning/learning.schema.ts';
import { z } from 'zod';
import { parseDuration } from '../components/duration.ts';

/**
 * An activity as its form saves it: the API's body, and its rules across fields (an end on or after
 * the start, a credential for a certification only), checked before sending in the server's words.
 */
export const ActivityFormBody = CreateLearningBody.superRefine((body, ctx) => {
  const issue = activityIssue({
    kind: body.kind,
    startDate: body.startDate ?? null,
    endDate: body.endDate ?? null,
    hasCredential: body.credential != null,
  });
  if (issue) ctx.addIssue({ code: 'custom', path: [issue.path], message: issue.message });
});

/**
 * Time spent as typed ("90", "1h 30m", "1:30"), read into whole minutes, then held to the API's
 * bounds (1 to 1,440) in its words.
 */
export const TypedMinutes = z
  .string()
  .trim()
  .min(1, 'is required')
  .transform((text, ctx) => {
    const minutes = parseDuration(text);
    if (minutes === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be minutes, such as 90, or hours and minutes, such as 1h 30m or 1:30',
      });
      return z.NEVER;
    }
    return minutes;
  })
  .pipe(DayMinutes);

/** A date no later than `today`: the server's rule, checked before sending, in its words. */
export const notAfter = (today: string) =>
  CalendarDate.refine((date) => date <= today, `is in the future (today is ${formatDate(today)})`);

/** The time log form: a day no later than today, the time as typed, a note. */
export function logFormBody(today: string) {
  return z.object({
    date: notAfter(today),
    minutes: TypedMinutes,
    note: z.string().max(NOTE_MAX),
  });
}

export { UpdateLearningBody } from '@shared/learning/learning.schema.ts';
