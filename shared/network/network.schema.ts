// The network's settings (default cadences by role), the due list, and the imports' summaries.
import { z } from 'zod';
import { CalendarDate, StoredDate } from '../http/common.schema.ts';
import { CadenceDays, CONTACT_ROLES, type ContactRole } from './contact.schema.ts';
import { INTERACTION_KINDS } from './interaction.schema.ts';

/** One schema per role, under the role's name. */
const byRole = <T extends z.ZodType>(value: T) =>
  Object.fromEntries(CONTACT_ROLES.map((role) => [role, value])) as { [K in ContactRole]: T };

export const NetworkSettings = z.object({
  cadenceByRole: z
    .object(byRole(z.number().int().optional()))
    .describe('The default cadence in days of each role that has one'),
});
export type NetworkSettings = z.infer<typeof NetworkSettings>;
export type CadenceByRole = NetworkSettings['cadenceByRole'];

export const UpdateNetworkSettingsBody = z.strictObject({
  cadenceByRole: z
    .strictObject(byRole(CadenceDays.nullable().optional()))
    .describe(
      'Merged into the current settings: a role set to null loses its default, one left out keeps it',
    ),
});

export const DueQuery = z.strictObject({
  asOf: CalendarDate.optional().describe('The day to judge at; today in your time zone when left out'),
});

export const DueContact = z.object({
  contactId: z.string(),
  name: z.string(),
  company: z.string().nullable(),
  position: z.string().nullable(),
  roles: z.array(z.enum(CONTACT_ROLES)),
  cadenceDays: z.number().int(),
  lastContactedOn: StoredDate.nullable().describe('The latest interaction on or before asOf'),
  nextContactOn: StoredDate,
  daysOverdue: z.number().int().describe('asOf − nextContactOn: 0 when due on asOf'),
});
export type DueContact = z.infer<typeof DueContact>;

export const FollowUp = z.object({
  interactionId: z.string(),
  date: StoredDate,
  kind: z.enum(INTERACTION_KINDS),
  notes: z.string().nullable(),
  contacts: z.array(z.object({ id: z.string(), name: z.string() })),
  followUpOn: StoredDate,
  daysUntil: z.number().int().describe('followUpOn − asOf: negative once overdue'),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const DueList = z.object({
  due: z.array(DueContact).describe('nextContactOn on or before asOf, most overdue first'),
  losingTouch: z
    .array(DueContact)
    .describe('Overdue by more than a whole cadence, most overdue first (these are not in due)'),
  followUps: z
    .array(FollowUp)
    .describe('Open follow-ups on or before asOf + 7 days, overdue ones included, soonest first'),
});
export type DueList = z.infer<typeof DueList>;

export const LinkedInImportSummary = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(
    z.object({
      row: z.number().int().describe('The data row, from 1 (the header and the lines above it not counted)'),
      reason: z.string(),
    }),
  ),
});
export type LinkedInImportSummary = z.infer<typeof LinkedInImportSummary>;

export const VcardImportSummary = z.object({
  added: z.number().int(),
  merged: z.number().int().describe('Cards merged into a contact of yours, or one earlier in the file'),
  skipped: z.array(
    z.object({
      index: z.number().int().describe('The card’s place in the file, from 1'),
      reason: z.string(),
    }),
  ),
});
export type VcardImportSummary = z.infer<typeof VcardImportSummary>;
