// A person to invite or ask: typed as an e-mail, or chosen among my contacts.

/** A contact as the picker keeps it once chosen. */
export interface ContactChoice {
  id: string;
  name: string;
  /** Its first e-mail, if it has one (for a prefilled message). */
  email: string | null;
}

export type PersonKind = 'email' | 'contact';

/**
 * The body's `with` or `to`: the e-mail as typed, or the contact. A contact not chosen yet is sent as
 * "" so that the schema's union still tells which of the two it is, and says so at the contact.
 */
export function personInput(
  kind: PersonKind,
  email: string,
  contact: ContactChoice | null,
): { email: string } | { contactId: string } {
  return kind === 'email' ? { email } : { contactId: contact?.id ?? '' };
}

/** "" → null; text → trimmed text. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** "" → null; "14" → 14; "two" → NaN, which the schema calls no number. */
export function wholeNumberOrNull(text: string): number | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : Number(trimmed);
}
