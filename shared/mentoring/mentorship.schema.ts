// Mentorships between two people (or a person and a contact without an account), their sessions,
// action items, comments on the mentee's shared goals and the mentor's assessments of her skills.
import { z } from 'zod';
import { Email } from '../accounts/account.schema.ts';
import { CheckIn, Goal } from '../goals/goal.schema.ts';
import { CalendarDate, Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { Assessment, Level, MySkill } from '../skills/skill.schema.ts';
import {
  ACTION_TITLE_MAX,
  AGENDA_MAX,
  ASSESSMENT_NOTE_MAX,
  COMMENT_MAX,
  FOCUS_ITEMS_MAX,
  FOCUS_MAX,
  SESSION_CADENCE_MAX,
  SESSION_CADENCE_MIN,
  SESSION_NOTES_MAX,
} from './mentoring.limits.ts';

export const MENTORSHIP_ROLES = ['mentee', 'mentor'] as const;
export type MentorshipRole = (typeof MENTORSHIP_ROLES)[number];
/**
 * - `invited`: waiting for the person with the invited e-mail to accept or decline;
 * - `active`: accepted, or made with a contact (active at once, on its creator's side only);
 * - `declined`: the invited person said no;
 * - `ended`: either side ended it; it shares nothing any more.
 */
export const MENTORSHIP_STATES = ['invited', 'active', 'declined', 'ended'] as const;
export type MentorshipState = (typeof MENTORSHIP_STATES)[number];

const distinctIds = (what: string) =>
  z
    .array(Id)
    .max(FOCUS_ITEMS_MAX)
    .superRefine((ids, ctx) => {
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: 'is listed twice' });
      });
    })
    .describe(`${what}, each once (at most ${FOCUS_ITEMS_MAX})`);

/** One side of a mentorship as the asking person sees it. */
export const Party = z.object({
  role: z.enum(MENTORSHIP_ROLES),
  me: z.boolean().describe('Whether this side is the person asking'),
  name: z
    .string()
    .nullable()
    .describe('The person’s or contact’s name; null for an invitation not yet accepted'),
  email: z
    .string()
    .nullable()
    .describe('The invited e-mail (shown to the one who invited), or the account’s once accepted'),
  contactId: z.string().nullable().describe('The contact, when this side has no account (its creator only)'),
});
export type Party = z.infer<typeof Party>;

export const Mentorship = z.object({
  id: z.string(),
  state: z.enum(MENTORSHIP_STATES),
  myRole: z.enum(MENTORSHIP_ROLES),
  mentor: Party,
  mentee: Party,
  invitedByMe: z.boolean().describe('Whether the person asking made it'),
  focus: z.string().nullable(),
  skillIds: z.array(z.string()).describe('Skills it focuses on, listed first in the shared view'),
  goalIds: z
    .array(z.string())
    .describe('The mentee’s goals it focuses on (only shared when their visibility allows)'),
  cadenceDays: z.number().int().nullable().describe('Agreed days between sessions; null for none'),
  shareSkills: z.boolean().describe('Whether the mentor sees the mentee’s skills and assessments'),
  startedOn: StoredDate.nullable().describe('The day it became active'),
  endedOn: StoredDate.nullable(),
  lastSessionOn: StoredDate.nullable(),
  nextSessionOn: StoredDate.nullable().describe(
    'The last session (or the start) plus the cadence; null without one',
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Mentorship = z.infer<typeof Mentorship>;

export const MentorshipWith = z.union([z.strictObject({ email: Email }), z.strictObject({ contactId: Id })]);

export const CreateMentorshipBody = z.strictObject({
  myRole: z.enum(MENTORSHIP_ROLES).describe('What you are in it'),
  with: MentorshipWith.describe(
    '{email}: invite someone (the answer is the same whether or not they have an account); {contactId}: one of your contacts, active at once and on your side only',
  ),
  focus: z.string().trim().min(1).max(FOCUS_MAX).nullable().optional(),
  skillIds: distinctIds('Skills to focus on').optional(),
  goalIds: distinctIds('Your goals to focus on (only when you are the mentee)').optional(),
  cadenceDays: z.number().int().min(SESSION_CADENCE_MIN).max(SESSION_CADENCE_MAX).nullable().optional(),
  shareSkills: z
    .boolean()
    .optional()
    .describe('Mentee only: show the mentor your skills and assessments (default false)'),
});
export type CreateMentorshipBody = z.output<typeof CreateMentorshipBody>;

export const UpdateMentorshipBody = CreateMentorshipBody.omit({ myRole: true, with: true })
  .partial()
  .describe('focus and cadenceDays by either side; skillIds, goalIds and shareSkills by the mentee only');
export type UpdateMentorshipBody = z.output<typeof UpdateMentorshipBody>;

export const MentorshipListQuery = z.strictObject({
  state: z.enum(MENTORSHIP_STATES).optional(),
  role: z.enum(MENTORSHIP_ROLES).optional().describe('Only those where you are this'),
});

// ── Sessions ────────────────────────────────────────────────────────────────────────────────────

export const MentoringSession = z.object({
  id: z.string(),
  mentorshipId: z.string(),
  date: StoredDate,
  agenda: z.string().nullable(),
  notes: z.string().nullable(),
  privateNotes: z
    .string()
    .nullable()
    .describe('Seen only by the one who wrote the session; always null for the other side'),
  startsAt: Timestamp.nullable().describe('When it began, when a time of day was given'),
  minutes: z.number().nullable().describe('How long it lasted, when given'),
  byMe: z.boolean().describe('Whether the person asking added it (and so may change it)'),
  authorName: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MentoringSession = z.infer<typeof MentoringSession>;

/** Sessions last from 5 minutes to a whole working day. */
export const SESSION_MINUTES_MIN = 5;
export const SESSION_MINUTES_MAX = 720;

export const CreateSessionBody = z.strictObject({
  date: CalendarDate,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day written HH:MM')
    .nullable()
    .optional()
    .describe('When it began, HH:MM in your time zone; null or left out: a day without a time'),
  minutes: z
    .number()
    .int('must be whole minutes')
    .min(SESSION_MINUTES_MIN, `must be at least ${SESSION_MINUTES_MIN} minutes`)
    .max(SESSION_MINUTES_MAX, `must be at most ${SESSION_MINUTES_MAX} minutes`)
    .nullable()
    .optional()
    .describe('How long it lasted'),
  agenda: z.string().trim().min(1).max(AGENDA_MAX).nullable().optional(),
  notes: z.string().trim().min(1).max(SESSION_NOTES_MAX).nullable().optional(),
  privateNotes: z.string().trim().min(1).max(SESSION_NOTES_MAX).nullable().optional(),
});
export type CreateSessionBody = z.output<typeof CreateSessionBody>;
export const UpdateSessionBody = CreateSessionBody.partial();
export type UpdateSessionBody = z.output<typeof UpdateSessionBody>;

// ── Action items ────────────────────────────────────────────────────────────────────────────────

export const ActionItem = z.object({
  id: z.string(),
  mentorshipId: z.string(),
  title: z.string(),
  dueOn: StoredDate.nullable(),
  assignee: z.enum(MENTORSHIP_ROLES),
  goalId: z.string().nullable().describe('A goal of the mentee it serves'),
  done: z.boolean(),
  doneOn: StoredDate.nullable().describe('The day it was marked done, in the marker’s time zone'),
  byMe: z.boolean().describe('Whether the person asking added it (and so may change it)'),
  mine: z.boolean().describe('Whether it is assigned to the person asking'),
  withName: z.string().nullable().describe('The other side’s name, for lists across mentorships'),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ActionItem = z.infer<typeof ActionItem>;

export const CreateActionItemBody = z.strictObject({
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  dueOn: CalendarDate.nullable().optional(),
  assignee: z.enum(MENTORSHIP_ROLES),
  goalId: Id.nullable()
    .optional()
    .describe('One of the mentee’s goals the mentor may see (or, for the mentee, any of hers)'),
});
export type CreateActionItemBody = z.output<typeof CreateActionItemBody>;

export const UpdateActionItemBody = z.strictObject({
  done: z.boolean().optional().describe('true records today as doneOn; false clears it'),
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX).optional(),
  dueOn: CalendarDate.nullable().optional(),
});
export type UpdateActionItemBody = z.output<typeof UpdateActionItemBody>;

export const ActionItemListQuery = z.strictObject({
  open: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: only those still to do: not done, in an active mentorship'),
  mentorshipId: Id.optional(),
});

// ── Comments and the shared view ────────────────────────────────────────────────────────────────

export const GoalComment = z.object({
  id: z.string(),
  goalId: z.string(),
  mentorshipId: z.string(),
  authorName: z.string(),
  byMe: z.boolean(),
  text: z.string(),
  createdAt: Timestamp,
});
export type GoalComment = z.infer<typeof GoalComment>;

export const CreateCommentBody = z.strictObject({
  goalId: Id.describe('A goal of the mentee shared with this mentorship'),
  text: z.string().trim().min(1).max(COMMENT_MAX),
});

export const MentorAssessmentBody = z.strictObject({
  skillId: Id,
  level: Level,
  note: z.string().trim().max(ASSESSMENT_NOTE_MAX).optional(),
});

export const SharedGoal = z.object({
  goal: Goal,
  checkIns: z.array(CheckIn).describe('Newest first'),
  comments: z.array(GoalComment).describe('Oldest first'),
  focus: z.boolean().describe('Named in the mentorship’s goalIds'),
});

export const SharedView = z.object({
  mentorship: Mentorship,
  goals: z
    .array(SharedGoal)
    .describe('The mentee’s goals with visibility mentors or organization, focus first'),
  skills: z
    .array(MySkill.extend({ focus: z.boolean(), assessments: z.array(Assessment) }))
    .nullable()
    .describe('With shareSkills: the mentee’s skills, focus first; null when not shared'),
});
export type SharedView = z.infer<typeof SharedView>;
