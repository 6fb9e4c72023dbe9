// Interactions: meetings, calls, messages … with one or more contacts, each of which resets their
// keep-in-touch clock; with a follow-up to do, and a goal it counts towards.
import { z } from 'zod';
import { CalendarDate, Id, PageQuery, StoredDate, Timestamp } from '../http/common.schema.ts';
import { CONTACTS_PER_INTERACTION, NOTES_MAX } from './network.limits.ts';

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'message',
  'email',
  'event',
  'introduction',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const ContactIds = z
  .array(Id)
  .min(1, 'must name at least one contact')
  .max(CONTACTS_PER_INTERACTION)
  .superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: 'is listed twice' });
    });
  })
  .describe(`Your contacts it was with, each once (1 to ${CONTACTS_PER_INTERACTION})`);

export const ContactRef = z.object({ id: z.string(), name: z.string() });

export const Interaction = z.object({
  id: z.string(),
  date: StoredDate,
  kind: z.enum(INTERACTION_KINDS),
  contacts: z.array(ContactRef).describe('The contacts it was with, in the order given'),
  notes: z.string().nullable(),
  followUpOn: StoredDate.nullable().describe('When to follow up; null for no follow-up'),
  followUpDoneOn: StoredDate.nullable().describe('The day the follow-up was marked done; null while open'),
  goalId: z.string().nullable(),
  checkIn: z
    .object({ id: z.string(), goalId: z.string(), value: z.number() })
    .nullable()
    .describe(
      "The check-in of 1 on the linked goal; null without a goal, or when the interaction is dated before the goal's start",
    ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Interaction = z.infer<typeof Interaction>;

export const CreateInteractionBody = z.strictObject({
  date: CalendarDate.describe('Today or earlier in your time zone'),
  kind: z.enum(INTERACTION_KINDS),
  contactIds: ContactIds,
  notes: z.string().trim().min(1).max(NOTES_MAX).nullable().optional(),
  followUpOn: CalendarDate.nullable()
    .optional()
    .describe('On or after the date; a new date opens the follow-up again'),
  goalId: Id.nullable()
    .optional()
    .describe('One of your goals that adds up (a sum towards a higher target): the interaction counts 1'),
});
export type CreateInteractionBody = z.output<typeof CreateInteractionBody>;

export const UpdateInteractionBody = CreateInteractionBody.partial();
export type UpdateInteractionBody = z.output<typeof UpdateInteractionBody>;

export const InteractionListQuery = z.strictObject({
  followUp: z.enum(['open']).optional().describe('open: only those with a follow-up not yet done'),
  goalId: Id.optional().describe('Interactions that count towards this goal'),
  ...PageQuery,
});
export type InteractionListQuery = z.output<typeof InteractionListQuery>;
