// The practice log: time spent doing, on skills, with what came of it.
import { z } from 'zod';
import { CalendarDate, Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { DayMinutes, FedCheckIn, HttpUrl, SkillIds, Title } from '../learning/learning.fields.ts';
import { TEXT_MAX } from '../learning/learning.limits.ts';

const Text = z.string().max(TEXT_MAX);

export const PracticeEntry = z.object({
  id: z.string(),
  date: StoredDate,
  minutes: z.number().int(),
  title: z.string(),
  skillIds: z.array(z.string()),
  description: z.string(),
  reflection: z.string(),
  outcome: z.string(),
  evidenceUrl: z.string().nullable(),
  goalId: z.string().nullable(),
  checkIn: FedCheckIn,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type PracticeEntry = z.infer<typeof PracticeEntry>;

export const CreatePracticeBody = z.strictObject({
  date: CalendarDate.describe('Today or earlier in your time zone'),
  minutes: DayMinutes,
  title: Title,
  skillIds: SkillIds.min(1, 'must name at least one skill'),
  description: Text.optional().describe('What you did'),
  reflection: Text.optional().describe('What you learned from it'),
  outcome: Text.optional().describe('What came of it'),
  evidenceUrl: HttpUrl.nullable().optional().describe('A pull request, a recording, a document'),
  goalId: Id.nullable()
    .optional()
    .describe('One of your goals that adds up hours or minutes (a sum towards a higher target)'),
});
export type CreatePracticeBody = z.output<typeof CreatePracticeBody>;

export const UpdatePracticeBody = CreatePracticeBody.partial();
export type UpdatePracticeBody = z.output<typeof UpdatePracticeBody>;

export const PracticeListQuery = z
  .strictObject({
    skillId: Id.optional().describe('Entries that practise this skill'),
    from: CalendarDate.optional().describe('Entries on or after this date'),
    to: CalendarDate.optional().describe('Entries on or before this date'),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['to'],
    message: 'must be on or after from',
  });
