// The contact form's values as typed, the contact they start from, and the body they make for the
// API (checked by its schema before sending).
import type { Contact, ContactRole, CreateContactBody } from '@shared/network/contact.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import { ROLES } from './labels.ts';

/** An e-mail address or phone number with its label, as typed. */
export interface EntryValues {
  value: string;
  label: string;
}

/** The form as typed: text for every input, so half-typed numbers and dates survive until checked. */
export interface ContactFormValues {
  name: string;
  emails: EntryValues[];
  phones: EntryValues[];
  company: string;
  position: string;
  linkedinUrl: string;
  howMet: string;
  /** Tags separated by commas. */
  tags: string;
  /** In the order they were ticked: the first with a default cadence sets the contact's. */
  roles: ContactRole[];
  notes: string;
  keepInTouchDays: string;
  connectedOn: string;
}

export type EntryList = 'emails' | 'phones';

/** How the form names a list's rows: "E-mail 2", "Phone 1". */
export const ENTRY_NAMES: Record<EntryList, string> = { emails: 'E-mail', phones: 'Phone' };

/** The id of a list's row input (`contact-emails-0`), and of its label's (`contact-emails-0-label`). */
export const entryId = (list: EntryList, index: number, part: 'value' | 'label' = 'value'): string =>
  `contact-${list}-${index}${part === 'label' ? '-label' : ''}`;

/** The id of a list's "Add …" button, where the list's own issues (too many) are said. */
export const addEntryId = (list: EntryList): string => `contact-${list}-add`;

/** The id of a role's checkbox. */
export const roleId = (role: ContactRole): string => `contact-role-${role}`;

function entryFields(list: EntryList, count: number): FieldMap {
  const fields: FieldMap = {
    [list]: { id: addEntryId(list), label: list === 'emails' ? 'E-mail addresses' : 'Phone numbers' },
  };
  for (let i = 0; i < count; i++) {
    const name = `${ENTRY_NAMES[list]} ${i + 1}`;
    fields[`${list}.${i}.value`] = { id: entryId(list, i), label: name };
    fields[`${list}.${i}.label`] = {
      id: entryId(list, i, 'label'),
      label: `Label of ${name.toLowerCase()} (optional)`,
      name: `Label of ${name.toLowerCase()}`,
    };
  }
  return fields;
}

/**
 * The form's fields by API issue path, in the order they appear: id, label and error of each. The
 * rows of e-mails and phones are paths of their own (`emails.1.value`), so the form's as it is now.
 */
export function contactFields(values: Pick<ContactFormValues, 'emails' | 'phones'>): FieldMap {
  return {
    name: { id: 'contact-name', label: 'Name' },
    company: { id: 'contact-company', label: 'Company (optional)', name: 'Company' },
    position: { id: 'contact-position', label: 'Position (optional)', name: 'Position' },
    ...entryFields('emails', values.emails.length),
    ...entryFields('phones', values.phones.length),
    linkedinUrl: { id: 'contact-linkedin', label: 'LinkedIn profile (optional)', name: 'LinkedIn profile' },
    roles: { id: roleId(ROLES[0]!), label: 'Roles' },
    keepInTouchDays: {
      id: 'contact-cadence',
      label: 'Keep in touch every … days (optional)',
      name: 'Keep in touch every … days',
    },
    connectedOn: { id: 'contact-connected', label: 'Connected on (optional)', name: 'Connected on' },
    tags: { id: 'contact-tags', label: 'Tags (optional)', name: 'Tags' },
    howMet: { id: 'contact-how-met', label: 'How you met (optional)', name: 'How you met' },
    notes: { id: 'contact-notes', label: 'Notes (optional)', name: 'Notes' },
  };
}

/** A new contact: nothing filled in, no e-mail or phone rows until added. */
export function newContactValues(): ContactFormValues {
  return {
    name: '',
    emails: [],
    phones: [],
    company: '',
    position: '',
    linkedinUrl: '',
    howMet: '',
    tags: '',
    roles: [],
    notes: '',
    keepInTouchDays: '',
    connectedOn: '',
  };
}

const entryValues = (entries: Contact['emails']): EntryValues[] =>
  entries.map((e) => ({ value: e.value, label: e.label ?? '' }));

/** A contact's form. */
export function contactValues(contact: Contact): ContactFormValues {
  return {
    name: contact.name,
    emails: entryValues(contact.emails),
    phones: entryValues(contact.phones),
    company: contact.company ?? '',
    position: contact.position ?? '',
    linkedinUrl: contact.linkedinUrl ?? '',
    howMet: contact.howMet ?? '',
    tags: contact.tags.join(', '),
    roles: [...contact.roles],
    notes: contact.notes ?? '',
    keepInTouchDays: contact.keepInTouchDays === null ? '' : String(contact.keepInTouchDays),
    connectedOn: contact.connectedOn ?? '',
  };
}

/** Tags typed into one box, separated by commas: trimmed, the empty ones dropped, each once (in any case). */
export function tagsOf(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((tag) => tag.trim().replace(/\s+/g, ' '))
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (tag === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** One line: empty → null (cleared), else trimmed. */
const lineOrNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Several lines: empty → null, else without blank lines at either end. */
const textOrNull = (text: string): string | null => {
  const kept = text.replace(/^\s*\n|\s+$/g, '');
  return kept.trim() === '' ? null : kept;
};

/**
 * "" → null (no cadence of its own: the roles' default); "14" → 14; "1.5" and "abc" stay what they
 * are (1.5, NaN), which the schema refuses as no whole number of days.
 */
export function daysOf(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}

/**
 * The body of a new contact or of a change, before the schema checks it: every field, so that a
 * field emptied in the form is cleared. Each e-mail and phone row is sent, an empty one included,
 * so that the schema's issue at `emails.1.value` names the row the person sees.
 */
export function contactInput(values: ContactFormValues): z.input<typeof CreateContactBody> {
  const entries = (rows: EntryValues[]) => rows.map((r) => ({ value: r.value, label: lineOrNull(r.label) }));
  return {
    name: values.name,
    emails: entries(values.emails),
    phones: entries(values.phones),
    company: lineOrNull(values.company),
    position: lineOrNull(values.position),
    linkedinUrl: lineOrNull(values.linkedinUrl),
    howMet: textOrNull(values.howMet),
    tags: tagsOf(values.tags),
    roles: values.roles,
    notes: textOrNull(values.notes),
    keepInTouchDays: daysOf(values.keepInTouchDays),
    connectedOn: values.connectedOn || null,
  };
}

/** The roles after ticking or unticking `role`: a new one goes last, so the order ticked is kept. */
export function toggleRole(roles: readonly ContactRole[], role: ContactRole, on: boolean): ContactRole[] {
  if (!on) return roles.filter((r) => r !== role);
  return roles.includes(role) ? [...roles] : [...roles, role];
}
