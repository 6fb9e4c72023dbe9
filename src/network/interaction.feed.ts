// How an interaction feeds its goal: one check-in of 1 (see goals' check-in.feed.ts), noted with
// its kind and whom it was with.
import { CheckInFeed, type FedEntry } from '../goals/check-in.feed.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type ContactRef, InteractionRepository, type InteractionRow } from './interaction.repository.ts';

/** The feed of interactions, in the transaction of `scope`. */
export const interactionFeed = (ctx: RequestContext, scope: OwnerScope): CheckInFeed =>
  new CheckInFeed(scope, 'interaction', ctx.now);

/** An interaction as its goal check-in reflects it: counted once, on its date. */
export function feedEntry(row: InteractionRow, contacts: readonly ContactRef[]): FedEntry {
  const kind = row.kind.charAt(0).toUpperCase() + row.kind.slice(1);
  return {
    id: row.id,
    goalId: row.goal_id,
    date: row.date,
    count: 1,
    note: `${kind} with ${contacts.map((c) => c.name).join(', ')}${row.notes ? ` — ${row.notes}` : ''}`,
  };
}

/**
 * Brings the check-ins of these interactions in line with them as they are stored now (after a
 * contact they name was renamed or deleted, say), in the caller's transaction.
 */
export async function resyncInteractions(
  ctx: RequestContext,
  scope: OwnerScope,
  ids: readonly string[],
  field: string,
): Promise<void> {
  if (ids.length === 0) return;
  const repo = new InteractionRepository(scope);
  const rows = (await repo.findMany(ids)).filter((r) => r.goal_id !== null);
  if (rows.length === 0) return;
  const contacts = await repo.contactsOf(rows.map((r) => r.id));
  await interactionFeed(ctx, scope).sync(
    rows.map((r) => feedEntry(r, contacts.get(r.id) ?? [])),
    field,
  );
}
