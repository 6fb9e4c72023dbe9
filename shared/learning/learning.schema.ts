// Learning activities (courses, certifications, books …), their time logs, and credentials that
// expire.
import { z } from 'zod';
import { CalendarDate, Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { decimalsOf } from '../numbers.ts';
import { isCurrencyCode } from './currencies.ts';
import { DayMinutes, FedCheckIn, HttpUrl, SkillIds, Title } from './learning.fields.ts';
import {
  COST_DECIMALS,
  COST_MAX,
  EXPIRING_WITHIN_DEFAULT,
  EXPIRING_WITHIN_MAX,
  HOURS_PLANNED_MAX,
  NAME_MAX,
  NOTE_MAX,
} from './learning.limits.ts';

export * from './learning.limits.ts';

export const LEARNING_KINDS = [
  'course',
  'certification',
  'workshop',
  'seminar',
  'conference',
  'book',
  'degree',
  'on_the_job',
] as const;
export const LEARNING_FORMATS = ['online', 'in_person', 'blended'] as const;
export const LEARNING_STATUSES = ['planned', 'in_progress', 'completed', 'dropped'] as const;
export type LearningKind = (typeof LEARNING_KINDS)[number];

const Name = z.string().trim().min(1).max(NAME_MAX);

export const CostBody = z.strictObject({
  amount: z
    .number()
    .min(0)
    .max(COST_MAX)
    .refine((n) => decimalsOf(n) <= COST_DECIMALS, `must have at most ${COST_DECIMALS} decimals`),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrencyCode, 'must be an ISO 4217 currency code, such as EUR or USD')
    .describe('ISO 4217, in any case: EUR, usd'),
});

/** A credential earned by a certification: valid through `expiresOn`, when it has one. */
export const CredentialBody = z
  .strictObject({
    identifier: Name.nullable().optional().describe('The certificate or licence number'),
    url: HttpUrl.nullable().optional().describe('Where it can be verified'),
    issuedOn: CalendarDate,
    expiresOn: CalendarDate.nullable()
      .optional()
      .describe('The last day it is valid; none when it never expires'),
  })
  .refine((c) => c.expiresOn == null || c.expiresOn > c.issuedOn, {
    path: ['expiresOn'],
    message: 'must be after the date it was issued',
  });

export const Credential = z.object({
  identifier: z.string().nullable(),
  url: z.string().nullable(),
  issuedOn: StoredDate,
  expiresOn: StoredDate.nullable(),
});
export type Credential = z.infer<typeof Credential>;

export const LearningActivity = z.object({
  id: z.string(),
  kind: z.enum(LEARNING_KINDS),
  title: z.string(),
  provider: z.string().nullable(),
  url: z.string().nullable(),
  format: z.enum(LEARNING_FORMATS).nullable(),
  status: z.enum(LEARNING_STATUSES),
  startDate: StoredDate.nullable(),
  endDate: StoredDate.nullable(),
  hoursPlanned: z.number().nullable(),
  cost: z.object({ amount: z.number(), currency: z.string() }).nullable(),
  skillIds: z.array(z.string()),
  goalId: z
    .string()
    .nullable()
    .describe('The goal its logged time feeds, when that goal adds up hours or minutes'),
  credential: Credential.nullable().describe('Certifications only'),
  hoursSpent: z.number().describe('The logged minutes / 60, to 2 decimals'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LearningActivity = z.infer<typeof LearningActivity>;

export const CreateLearningBody = z.strictObject({
  kind: z.enum(LEARNING_KINDS),
  title: Title,
  provider: Name.nullable().optional(),
  url: HttpUrl.nullable().optional(),
  format: z.enum(LEARNING_FORMATS).nullable().optional(),
  status: z.enum(LEARNING_STATUSES).optional().describe('Default planned'),
  startDate: CalendarDate.nullable().optional(),
  endDate: CalendarDate.nullable().optional().describe('On or after the start date'),
  hoursPlanned: z
    .number()
    .gt(0)
    .max(HOURS_PLANNED_MAX)
    .refine((n) => decimalsOf(n) <= 2, 'must have at most 2 decimals')
    .nullable()
    .optional(),
  cost: CostBody.nullable().optional(),
  skillIds: SkillIds.optional(),
  goalId: Id.nullable()
    .optional()
    .describe('One of your goals that adds up hours or minutes (a sum towards a higher target)'),
  credential: CredentialBody.nullable().optional().describe('Only a certification has one'),
});
export type CreateLearningBody = z.output<typeof CreateLearningBody>;

/** A change of an activity: any of the fields a new one takes; null clears an optional one. */
export const UpdateLearningBody = CreateLearningBody.partial();
export type UpdateLearningBody = z.output<typeof UpdateLearningBody>;

export const LearningListQuery = z.strictObject({
  status: z.enum(LEARNING_STATUSES).optional(),
  kind: z.enum(LEARNING_KINDS).optional(),
  skillId: Id.optional().describe('Activities that develop this skill'),
  goalId: Id.optional().describe('Activities linked to this goal'),
});

export const LogEntry = z.object({
  id: z.string(),
  activityId: z.string(),
  date: StoredDate,
  minutes: z.number().int(),
  note: z.string(),
  checkIn: FedCheckIn,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type LogEntry = z.infer<typeof LogEntry>;

export const CreateLogBody = z.strictObject({
  date: CalendarDate.describe('Today or earlier in your time zone'),
  minutes: DayMinutes,
  note: z.string().max(NOTE_MAX).optional(),
});
export const UpdateLogBody = CreateLogBody.partial();
export type UpdateLogBody = z.output<typeof UpdateLogBody>;

export const ExpiringQuery = z.strictObject({
  within: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of days')
    .transform(Number)
    .pipe(z.number().int().min(0).max(EXPIRING_WITHIN_MAX))
    .optional()
    .describe(`Days from today, 0 to ${EXPIRING_WITHIN_MAX} (default ${EXPIRING_WITHIN_DEFAULT})`),
});

export const ExpiringCredential = z.object({
  activityId: z.string(),
  title: z.string(),
  kind: z.enum(LEARNING_KINDS),
  provider: z.string().nullable(),
  skillIds: z.array(z.string()),
  credential: Credential,
  daysLeft: z
    .number()
    .int()
    .describe('Days from today to the last valid day: 0 on it, negative once expired'),
  expired: z.boolean().describe('Its last valid day is before today'),
});
export type ExpiringCredential = z.infer<typeof ExpiringCredential>;
