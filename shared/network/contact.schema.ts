// Contacts: the people of one's network, with how to reach them, the roles they play and how often
// to keep in touch.
import { z } from 'zod';
import { CalendarDate, PageQuery, StoredDate, Timestamp } from '../http/common.schema.ts';
import { HttpUrl } from '../learning/learning.fields.ts';
import {
  CADENCE_MAX,
  CADENCE_MIN,
  EMAIL_MAX,
  ENTRIES_MAX,
  FIELD_MAX,
  HOW_MET_MAX,
  LABEL_MAX,
  NAME_MAX,
  NOTES_MAX,
  PHONE_MAX,
  TAG_MAX,
  TAGS_MAX,
} from './network.limits.ts';

export * from './network.limits.ts';

export const CONTACT_ROLES = [
  'mentor',
  'mentee',
  'reference',
  'peer',
  'manager',
  'recruiter',
  'customer',
  'investor',
  'friend',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** True for text without control characters (line breaks, tabs …). */
export const hasNoControl = (text: string): boolean => !/\p{Cc}/u.test(text);

/** An e-mail address as a contact keeps it: trimmed, in the case it was written. */
export const EmailAddress = z
  .string()
  .trim()
  .max(EMAIL_MAX)
  .pipe(z.email({ message: 'must be an e-mail address' }));

/** A phone number as people write it: at least one digit, on one line. */
export const PhoneNumber = z
  .string()
  .trim()
  .min(1)
  .max(PHONE_MAX)
  .refine((s) => /\d/.test(s) && hasNoControl(s), 'must be a phone number, with at least one digit');

const Label = z
  .string()
  .trim()
  .min(1)
  .max(LABEL_MAX)
  .refine(hasNoControl, 'must be on one line')
  .nullable()
  .optional()
  .describe('Such as work, home or mobile');

/** Entries of a list, each once by `key`: else 400 at the repeat's index. */
const eachOnce =
  <T>(key: (item: T) => string) =>
  (items: T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const k = key(item);
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [i, 'value'], message: 'is listed twice' });
      seen.add(k);
    });
  };

/** The digits of a phone number, with a leading + kept: how two numbers are told apart. */
export const phoneKey = (phone: string): string =>
  `${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;

export const Emails = z
  .array(z.strictObject({ value: EmailAddress, label: Label }))
  .max(ENTRIES_MAX)
  .superRefine(eachOnce((e) => e.value.toLowerCase()))
  .describe(`E-mail addresses, each once (in any case), at most ${ENTRIES_MAX}`);

export const Phones = z
  .array(z.strictObject({ value: PhoneNumber, label: Label }))
  .max(ENTRIES_MAX)
  .superRefine(eachOnce((p) => phoneKey(p.value)))
  .describe(`Phone numbers, each once (by their digits), at most ${ENTRIES_MAX}`);

export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(TAG_MAX)
  .refine(hasNoControl, 'must be on one line, without control characters');

/** Each item once, the first spelling kept (tags are compared in lower case). */
const dedupe = <T extends string>(items: T[], key: (item: T) => string = (s) => s): T[] => {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

export const Tags = z
  .array(Tag)
  .max(TAGS_MAX)
  .transform((tags) => dedupe(tags, (t) => t.toLowerCase()))
  .describe(`Trimmed, each kept once whatever its case, at most ${TAGS_MAX}`);

export const Roles = z
  .array(z.enum(CONTACT_ROLES))
  .max(CONTACT_ROLES.length)
  .transform((roles) => dedupe(roles))
  .describe('In order: the first with a default cadence sets the contact’s, when it has none of its own');

export const CadenceDays = z
  .number()
  .int('must be a whole number of days')
  .min(CADENCE_MIN)
  .max(CADENCE_MAX)
  .describe(`Days, ${CADENCE_MIN} to ${CADENCE_MAX}`);

const Text = (max: number) => z.string().trim().min(1).max(max);
/** Text on one line: a name, a company, a position. */
const Line = (max: number) =>
  Text(max).refine(hasNoControl, 'must be on one line, without control characters');

export const ContactEntry = z.object({ value: z.string(), label: z.string().nullable() });

export const Contact = z.object({
  id: z.string(),
  name: z.string(),
  emails: z.array(ContactEntry),
  phones: z.array(ContactEntry),
  company: z.string().nullable(),
  position: z.string().nullable(),
  linkedinUrl: z.string().nullable(),
  howMet: z.string().nullable(),
  tags: z.array(z.string()),
  roles: z.array(z.enum(CONTACT_ROLES)),
  notes: z.string().nullable(),
  keepInTouchDays: z.number().int().nullable(),
  connectedOn: StoredDate.nullable(),
  addedOn: StoredDate.describe('The day it was added, in your time zone'),
  cadenceDays: z
    .number()
    .int()
    .nullable()
    .describe('How often to keep in touch: keepInTouchDays, else the default of its first role with one'),
  lastContactedOn: StoredDate.nullable().describe('The date of its latest interaction, of any kind'),
  nextContactOn: StoredDate.nullable().describe(
    'lastContactedOn (or addedOn, without interactions) + cadenceDays; null without a cadence',
  ),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Contact = z.infer<typeof Contact>;

export const CreateContactBody = z.strictObject({
  name: Line(NAME_MAX),
  emails: Emails.optional(),
  phones: Phones.optional(),
  company: Line(FIELD_MAX).nullable().optional(),
  position: Line(FIELD_MAX).nullable().optional(),
  linkedinUrl: HttpUrl.nullable().optional(),
  howMet: Text(HOW_MET_MAX).nullable().optional(),
  tags: Tags.optional(),
  roles: Roles.optional(),
  notes: Text(NOTES_MAX).nullable().optional(),
  keepInTouchDays: CadenceDays.nullable().optional().describe('Overrides the roles’ default; null for none'),
  connectedOn: CalendarDate.nullable().optional().describe('Today or earlier'),
});
export type CreateContactBody = z.output<typeof CreateContactBody>;

/** A change of a contact: any field a new one takes; null clears an optional one, [] a list. */
export const UpdateContactBody = CreateContactBody.partial();
export type UpdateContactBody = z.output<typeof UpdateContactBody>;

export const ContactListQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1)
    .max(NAME_MAX)
    .optional()
    .describe('Text the name, company, position, an e-mail or a tag holds, in any case'),
  role: z.enum(CONTACT_ROLES).optional(),
  tag: Tag.optional().describe('Contacts with this tag, in any case'),
  ...PageQuery,
});
export type ContactListQuery = z.output<typeof ContactListQuery>;
