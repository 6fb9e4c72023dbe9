// The knowledge-vs-practice ledger: per skill, time spent learning about it against time spent
// doing it, with flags where the two have drifted apart.
import { z } from 'zod';
import { CalendarDate, StoredDate } from '../http/common.schema.ts';
import { SkillRef } from '../skills/skill.schema.ts';

/** "The 90 days up to asOf": asOf − 89 … asOf, both included. */
export const RECENT_DAYS = 90;
/** A skill practised before but not in the 180 days up to asOf is stale. */
export const STALE_DAYS = 180;
/** Learning in the recent window that, without practice, is worth a flag: 2 hours. */
export const LEARNING_WITHOUT_PRACTICE_MINUTES = 120;

export const LEDGER_FLAGS = ['certificate_without_practice', 'learning_without_practice', 'stale'] as const;

export const LedgerFlag = z.object({ kind: z.enum(LEDGER_FLAGS), message: z.string() });
export type LedgerFlag = z.infer<typeof LedgerFlag>;

export const LedgerCredential = z.object({
  activityId: z.string(),
  title: z.string(),
  identifier: z.string().nullable(),
  url: z.string().nullable(),
  issuedOn: StoredDate,
  expiresOn: StoredDate.nullable(),
  expired: z.boolean().describe('Its last valid day is before asOf'),
});
export type LedgerCredential = z.infer<typeof LedgerCredential>;

export const LedgerRow = z.object({
  skill: SkillRef,
  learningHours: z.number().describe('Time logged on activities for the skill up to asOf, to 2 decimals'),
  practiceHours: z.number().describe('Time in the practice log for the skill up to asOf, to 2 decimals'),
  contentMinutes: z.number().describe('Minutes of articles, podcasts, books … on the skill up to asOf'),
  credentials: z.array(LedgerCredential).describe('Issued on or before asOf, the latest issued first'),
  lastLearnedOn: StoredDate.nullable().describe(
    'The latest time log entry up to asOf (content does not count)',
  ),
  lastPractisedOn: StoredDate.nullable(),
  flags: z.array(LedgerFlag),
});
export type LedgerRow = z.infer<typeof LedgerRow>;

export const Ledger = z.object({
  asOf: StoredDate,
  items: z.array(LedgerRow).describe('One row per skill with learning, practice or content, by name'),
});

export const LedgerQuery = z.strictObject({
  asOf: CalendarDate.optional().describe('Defaults to today in your time zone'),
});
