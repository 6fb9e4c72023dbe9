import {
  type ContactRef,
  InteractionRepository,
  type InteractionRow,
} from '../network/interaction.repository.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';

type Row = InteractionRow & { contacts: ContactRef[] };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (i) => i.id },
  { header: 'date', cell: (i) => i.date },
  { header: 'kind', cell: (i) => i.kind },
  { header: 'contacts', cell: (i) => i.contacts.map((c) => c.name) },
  { header: 'contact ids', cell: (i) => i.contacts.map((c) => c.id) },
  { header: 'notes', cell: (i) => i.notes },
  { header: 'follow-up on', cell: (i) => i.follow_up_on },
  { header: 'follow-up done on', cell: (i) => i.follow_up_done_on },
  { header: 'goal id', cell: (i) => i.goal_id },
  { header: 'created at', cell: (i) => i.created_at },
  { header: 'updated at', cell: (i) => i.updated_at },
];

/** Every interaction, newest first (as the list shows them), with its contacts' names: two queries. */
export async function interactionsCsv(ctx: RequestContext): Promise<string> {
  const repo = new InteractionRepository(ctx.scope);
  const rows = await repo.list({}, null, null);
  const contacts = await repo.contactsOf(rows.map((r) => r.id));
  return toCsv(
    COLUMNS,
    rows.map((r) => ({ ...r, contacts: contacts.get(r.id) ?? [] })),
  );
}
