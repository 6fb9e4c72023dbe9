import { isValidDate } from '../../shared/calendar.ts';
import type {
  CreateInteractionBody,
  Interaction,
  InteractionListQuery,
  UpdateInteractionBody,
} from '../../shared/network/interaction.schema.ts';
import type { FedCheckIn } from '../goals/check-in.feed.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import { cursorOf, keysOf } from '../platform/http/keyset-cursor.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { ContactRepository } from './contact.repository.ts';
import { feedEntry, interactionFeed } from './interaction.feed.ts';
import { type ContactRef, InteractionRepository, type InteractionRow } from './interaction.repository.ts';
import { checkNotFuture, pageOf } from './network.checks.ts';

const present = (
  row: InteractionRow,
  contacts: ContactRef[],
  checkIn: FedCheckIn | undefined,
): Interaction => ({
  id: row.id,
  date: row.date,
  kind: row.kind,
  contacts,
  notes: row.notes,
  followUpOn: row.follow_up_on,
  followUpDoneOn: row.follow_up_done_on,
  goalId: row.goal_id,
  checkIn: checkIn ?? null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/** A follow-up comes on or after the interaction: else 400 at followUpOn. */
function checkFollowUp(row: Pick<InteractionRow, 'date' | 'follow_up_on'>): void {
  if (row.follow_up_on !== null && row.follow_up_on < row.date)
    throw invalidField('followUpOn', 'must be on or after the date of the interaction');
}

/** Every id one of the person's contacts, else 400 at the first other; their names, in order. */
async function contactsNamed(scope: OwnerScope, ids: readonly string[]): Promise<ContactRef[]> {
  const names = await new ContactRepository(scope).namesOf(ids);
  const unknown = ids.findIndex((id) => !names.has(id));
  if (unknown !== -1) throw invalidField(`contactIds.${unknown}`, 'is not one of your contacts');
  return ids.map((id) => ({ id, name: names.get(id)! }));
}

/**
 * Interactions with contacts. Writes run under the owner's lock, as goal writes do: the contacts
 * and the goal named are checked, and the goal fed, in the transaction that writes the interaction.
 */
export class InteractionService {
  private readonly repo: InteractionRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new InteractionRepository(ctx.scope);
  }

  async list(query: InteractionListQuery): Promise<{ items: Interaction[]; nextCursor: string | null }> {
    const before = keysOf(query.cursor, (date) => /^\d{4}-\d{2}-\d{2}$/.test(date) && isValidDate(date));
    const rows = await this.repo.list(
      { openFollowUps: query.followUp === 'open', goalId: query.goalId },
      before && { date: before[0], id: before[1] },
      query.limit === undefined ? null : query.limit + 1,
    );
    const page = pageOf(rows, query.limit, (r) => cursorOf(r.date, r.id));
    return { items: await this.presentAll(this.ctx.scope, page.items), nextCursor: page.nextCursor };
  }

  async get(id: string): Promise<Interaction> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('interaction');
    return (await this.presentAll(this.ctx.scope, [row]))[0]!;
  }

  /** A contact's interactions, newest first. */
  async ofContact(contactId: string): Promise<Interaction[]> {
    if (!(await new ContactRepository(this.ctx.scope).find(contactId))) throw notFound('contact');
    return this.presentAll(this.ctx.scope, await this.repo.ofContact(contactId));
  }

  async create(body: CreateInteractionBody): Promise<Interaction> {
    checkNotFuture(this.ctx, body.date, 'date');
    const now = this.ctx.now().toISOString();
    const row: InteractionRow = {
      id: newId(),
      date: body.date,
      kind: body.kind,
      notes: body.notes ?? null,
      follow_up_on: body.followUpOn ?? null,
      follow_up_done_on: null,
      goal_id: body.goalId ?? null,
      created_at: now,
      updated_at: now,
    };
    checkFollowUp(row);
    return this.ctx.scope.serialized(async (scope) => {
      const contacts = await contactsNamed(scope, body.contactIds);
      const feed = interactionFeed(this.ctx, scope);
      if (row.goal_id !== null) await feed.checkGoal(row.goal_id, 'goalId');
      const repo = new InteractionRepository(scope);
      await repo.insert(row);
      await repo.replaceContacts(row.id, body.contactIds);
      const fed = await feed.sync([feedEntry(row, contacts)], 'goalId');
      return present(row, contacts, fed.get(row.id));
    });
  }

  /** Changes an interaction and its check-in with it; a new follow-up date opens the follow-up again. */
  async update(id: string, body: UpdateInteractionBody): Promise<Interaction> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new InteractionRepository(scope);
      const current = await repo.find(id);
      if (!current) throw notFound('interaction');
      if (body.date !== undefined) checkNotFuture(this.ctx, body.date, 'date');
      const followUpChanged = body.followUpOn !== undefined && body.followUpOn !== current.follow_up_on;
      const next: InteractionRow = {
        ...current,
        ...(body.date !== undefined && { date: body.date }),
        ...(body.kind !== undefined && { kind: body.kind }),
        ...(body.notes !== undefined && { notes: body.notes }),
        ...(followUpChanged && { follow_up_on: body.followUpOn ?? null, follow_up_done_on: null }),
        ...(body.goalId !== undefined && { goal_id: body.goalId }),
        updated_at: this.ctx.now().toISOString(),
      };
      checkFollowUp(next);
      const contacts =
        body.contactIds !== undefined
          ? await contactsNamed(scope, body.contactIds)
          : ((await repo.contactsOf([id])).get(id) ?? []);
      const feed = interactionFeed(this.ctx, scope);
      const goalChanged = next.goal_id !== current.goal_id;
      // A goal kept as it was is not checked again: its metric may have changed since it was linked.
      if (goalChanged && next.goal_id !== null) await feed.checkGoal(next.goal_id, 'goalId');
      const { id: _id, goal_id, created_at: _created, ...columns } = next;
      await repo.update(id, columns, goalChanged ? goal_id : undefined);
      if (body.contactIds !== undefined) await repo.replaceContacts(id, body.contactIds);
      const fed = await feed.sync([feedEntry(next, contacts)], goalChanged ? 'goalId' : 'date');
      return present(next, contacts, fed.get(id));
    });
  }

  /** Deletes an interaction and the check-in it wrote, at once. */
  async remove(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new InteractionRepository(scope);
      if (!(await repo.find(id))) throw notFound('interaction');
      await interactionFeed(this.ctx, scope).remove([id], 'id');
      await repo.delete([id]);
    });
  }

  /** Marks the follow-up done today; done already, it keeps the day it was done. 409 without one. */
  async followUpDone(id: string): Promise<Interaction> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new InteractionRepository(scope);
      const row = await repo.find(id);
      if (!row) throw notFound('interaction');
      if (row.follow_up_on === null) {
        throw conflict('This interaction has no follow-up; give it a followUpOn date first.');
      }
      if (row.follow_up_done_on !== null) return (await this.presentAll(scope, [row]))[0]!;
      const done = { ...row, follow_up_done_on: this.ctx.today(), updated_at: this.ctx.now().toISOString() };
      await repo.update(id, { follow_up_done_on: done.follow_up_done_on, updated_at: done.updated_at });
      return (await this.presentAll(scope, [done]))[0]!;
    });
  }

  /** Interactions with their contacts and check-ins, read in two queries whatever their number. */
  private async presentAll(scope: OwnerScope, rows: InteractionRow[]): Promise<Interaction[]> {
    const ids = rows.map((r) => r.id);
    const [contacts, checkIns] = await Promise.all([
      new InteractionRepository(scope).contactsOf(ids),
      interactionFeed(this.ctx, scope).checkInsOf(ids),
    ]);
    return rows.map((r) => present(r, contacts.get(r.id) ?? [], checkIns.get(r.id)));
  }
}
