// Words for the network's values, in one place so every screen names things alike. Types only from
// the shared schemas: their values would bring zod into pages without forms.
import type { ContactRole } from '@shared/network/contact.schema.ts';
import type { InteractionKind } from '@shared/network/interaction.schema.ts';

export type { ContactRole, InteractionKind };

/** Roles in the API's order, which the role filter and the form's checkboxes keep. */
export const ROLE_LABELS: Record<ContactRole, string> = {
  mentor: 'Mentor',
  mentee: 'Mentee',
  reference: 'Reference',
  peer: 'Peer',
  manager: 'Manager',
  recruiter: 'Recruiter',
  customer: 'Customer',
  investor: 'Investor',
  friend: 'Friend',
  other: 'Other',
};
export const ROLES = Object.keys(ROLE_LABELS) as ContactRole[];

export const KIND_LABELS: Record<InteractionKind, string> = {
  meeting: 'Meeting',
  call: 'Call',
  message: 'Message',
  email: 'E-mail',
  event: 'Event',
  introduction: 'Introduction',
  other: 'Other',
};
export const KINDS = Object.keys(KIND_LABELS) as InteractionKind[];

export const roleOf = (value: string | null | undefined): ContactRole | undefined =>
  ROLES.includes(value as ContactRole) ? (value as ContactRole) : undefined;

/** An interaction's kind as a noun in a sentence: "call", "e-mail"; "interaction" for other. */
export const kindNoun = (kind: InteractionKind): string =>
  kind === 'other' ? 'interaction' : KIND_LABELS[kind].toLowerCase();

/** "a call", "an e-mail", "an interaction". */
export const aKind = (kind: InteractionKind): string => {
  const noun = kindNoun(kind);
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
};
