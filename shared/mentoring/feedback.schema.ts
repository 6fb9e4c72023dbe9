// Feedback requests: questions about a goal, a skill or a topic, sent as a link that anyone may
// answer once without an account, and found in the inbox of a recipient who has one.
import { z } from 'zod';
import { Email } from '../accounts/account.schema.ts';
import { Id, StoredDate, Timestamp } from '../http/common.schema.ts';
import { Level } from '../skills/skill.schema.ts';
import {
  ANSWER_MAX,
  EXPIRY_DEFAULT_DAYS,
  EXPIRY_MAX_DAYS,
  EXPIRY_MIN_DAYS,
  QUESTION_MAX,
  QUESTIONS_MAX,
  QUESTIONS_MIN,
  TOPIC_MAX,
} from './mentoring.limits.ts';

export const FEEDBACK_STATES = ['open', 'answered', 'expired'] as const;

export const FeedbackAbout = z.union([
  z.strictObject({ goalId: Id }),
  z.strictObject({ skillId: Id }),
  z.strictObject({ topic: z.string().trim().min(1).max(TOPIC_MAX) }),
]);

/** What the request is about, as shown to whoever answers it. */
export const FeedbackSubject = z.object({
  kind: z.enum(['goal', 'skill', 'topic']),
  id: z.string().nullable().describe('The goal or skill; null for a topic'),
  label: z.string().describe('The goal’s title, the skill’s name or the topic'),
});

export const CreateFeedbackRequestBody = z.strictObject({
  to: z.union([z.strictObject({ email: Email }), z.strictObject({ contactId: Id })]),
  about: FeedbackAbout,
  questions: z
    .array(z.string().trim().min(1).max(QUESTION_MAX))
    .min(QUESTIONS_MIN)
    .max(QUESTIONS_MAX)
    .describe(`${QUESTIONS_MIN} to ${QUESTIONS_MAX} questions`),
  expiresInDays: z
    .number()
    .int()
    .min(EXPIRY_MIN_DAYS)
    .max(EXPIRY_MAX_DAYS)
    .optional()
    .describe(`Days the link stays open (default ${EXPIRY_DEFAULT_DAYS})`),
});
export type CreateFeedbackRequestBody = z.output<typeof CreateFeedbackRequestBody>;

export const FeedbackAnswerBody = z.strictObject({
  answers: z.array(z.string().trim().min(1).max(ANSWER_MAX)).describe('One per question, in order'),
  level: Level.optional().describe('0–5, only when the request is about a skill'),
});
export type FeedbackAnswerBody = z.output<typeof FeedbackAnswerBody>;

/** A request as its requester sees it. */
export const FeedbackRequest = z.object({
  id: z.string(),
  state: z.enum(FEEDBACK_STATES),
  to: z.object({
    email: z.string().nullable(),
    contactId: z.string().nullable(),
    name: z.string().nullable().describe('The contact’s name, when sent to a contact'),
  }),
  about: FeedbackSubject,
  questions: z.array(z.string()),
  expiresOn: StoredDate.describe('The last day the link may be answered'),
  answers: z.array(z.string()).nullable(),
  level: Level.nullable(),
  assessmentId: z.string().nullable().describe('The assessment the level became'),
  answeredAt: Timestamp.nullable(),
  createdAt: Timestamp,
});
export type FeedbackRequest = z.infer<typeof FeedbackRequest>;

/** The answer to creating a request: the request and the link to send (shown this once). */
export const CreatedFeedbackRequest = FeedbackRequest.extend({
  link: z.string().describe('`/feedback/<token>`, to send to the recipient; it is never shown again'),
  emailedTo: z
    .string()
    .nullable()
    .describe('The address the link was e-mailed to, when the instance sends mail; null: send it yourself'),
});
export type CreatedFeedbackRequest = z.infer<typeof CreatedFeedbackRequest>;

/** A request as the person asked sees it (the public page, or the inbox). */
export const FeedbackQuestionnaire = z.object({
  id: z.string().nullable().describe('The request’s id in the inbox; null on the public page'),
  from: z.object({ name: z.string() }),
  about: FeedbackSubject,
  questions: z.array(z.string()),
  asksLevel: z.boolean().describe('Whether a level 0–5 may be given (about a skill)'),
  expiresOn: StoredDate,
  createdAt: Timestamp,
});
export type FeedbackQuestionnaire = z.infer<typeof FeedbackQuestionnaire>;

export const TokenParams = z.strictObject({ token: z.string().min(1).max(200) });
export const FeedbackListQuery = z.strictObject({ state: z.enum(FEEDBACK_STATES).optional() });
