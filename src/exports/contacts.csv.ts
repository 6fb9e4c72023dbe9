import type { Contact } from '../../shared/network/contact.schema.ts';
import { ContactService } from '../network/contact.service.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';

const values = (entries: Contact['emails']) => entries.map((e) => e.value);

const COLUMNS: readonly Column<Contact>[] = [
  { header: 'id', cell: (c) => c.id },
  { header: 'name', cell: (c) => c.name },
  { header: 'e-mails', cell: (c) => values(c.emails) },
  { header: 'phones', cell: (c) => values(c.phones) },
  { header: 'company', cell: (c) => c.company },
  { header: 'position', cell: (c) => c.position },
  { header: 'linkedin url', cell: (c) => c.linkedinUrl },
  { header: 'how met', cell: (c) => c.howMet },
  { header: 'tags', cell: (c) => c.tags },
  { header: 'roles', cell: (c) => c.roles },
  { header: 'notes', cell: (c) => c.notes },
  // The cadence in effect: the contact's own, else the default of one of its roles.
  { header: 'cadence days', cell: (c) => c.cadenceDays },
  { header: 'connected on', cell: (c) => c.connectedOn },
  { header: 'added on', cell: (c) => c.addedOn },
  { header: 'last interaction', cell: (c) => c.lastContactedOn },
  { header: 'next due', cell: (c) => c.nextContactOn },
  { header: 'created at', cell: (c) => c.createdAt },
  { header: 'updated at', cell: (c) => c.updatedAt },
];

/**
 * Every contact by name, with its clock as the contact page shows it: the contacts, their latest
 * interactions and the cadence settings, three queries.
 */
export async function contactsCsv(ctx: RequestContext): Promise<string> {
  const { items } = await new ContactService(ctx).list({});
  return toCsv(COLUMNS, items);
}
