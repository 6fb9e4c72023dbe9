import type { z } from 'zod';
import type {
  ActionItem,
  ActionItemListQuery,
  CreateActionItemBody,
  MentorshipRole,
  UpdateActionItemBody,
} from '../../shared/mentoring/mentorship.schema.ts';
import { ContactRepository } from '../network/contact.repository.ts';
import type { InstanceScope } from '../platform/access/access.ts';
import { forbidden, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { ActionItemRepository, type ActionItemRow } from './action-item.repository.ts';
import { type Person, personOf } from './mentoring.party.ts';
import { activeRole, partyRole, requireActive, roleOf } from './mentorship.policy.ts';
import { otherName } from './mentorship.presenter.ts';
import { MentorshipRepository, type MentorshipRow } from './mentorship.repository.ts';
import { mentorshipLock } from './mentorship.service.ts';
import { SharedGoals } from './shared-goals.ts';

const present = (
  row: ActionItemRow,
  person: Person,
  role: MentorshipRole,
  withName: string | null,
): ActionItem => ({
  id: row.id,
  mentorshipId: row.mentorship_id,
  title: row.title,
  dueOn: row.due_on,
  assignee: row.assignee,
  goalId: row.goal_id,
  done: row.done_on !== null,
  doneOn: row.done_on,
  byMe: row.author_id === person.id,
  mine: row.assignee === role,
  withName,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * Action items of a mentorship, for the mentee or the mentor: both sides add them and mark them
 * done; only the one who added an item changes its title and due date, or deletes it.
 */
export class ActionItemService {
  private readonly person: Person;
  private readonly mentorships: MentorshipRepository;

  constructor(private readonly ctx: RequestContext) {
    this.person = personOf(ctx.actor);
    this.mentorships = new MentorshipRepository(ctx.access.instance, this.person);
  }

  /** A mentorship's items, open first, by due date (none last), then as added; in any state. */
  async list(mentorshipId: string): Promise<ActionItem[]> {
    const mentorship = await this.mentorships.find(mentorshipId);
    partyRole(mentorship, this.person);
    const rows = await this.items(this.ctx.access.instance).list({ mentorshipId });
    return this.presentAll(rows, [mentorship!]);
  }

  /**
   * The items assigned to the person (her role in their mentorship is the assignee) across her
   * active and ended mentorships, in the same order; of one mentorship with `mentorshipId`. Open
   * ones are those she can still tick: not done, in an active mentorship (an ended one's are kept
   * as they were, and can no longer change).
   */
  async mine(query: z.output<typeof ActionItemListQuery>): Promise<ActionItem[]> {
    const open = query.open === 'true';
    const mentorships = (await this.mentorships.list()).filter(
      (m) =>
        (m.state === 'active' || (m.state === 'ended' && !open)) &&
        (query.mentorshipId === undefined || m.id === query.mentorshipId),
    );
    // In an active or ended mentorship the person is always a side: never a mere invitee.
    const assignedTo = mentorships.map((m) => ({ mentorshipId: m.id, role: roleOf(m, this.person)! }));
    const rows = await this.items(this.ctx.access.instance).list({ assignedTo, open });
    return this.presentAll(rows, mentorships);
  }

  async create(mentorshipId: string, body: CreateActionItemBody): Promise<ActionItem> {
    // The goal is checked through the view of the mentee the person is granted, which reads
    // outside any transaction: before the mentorship's lock is taken (its state again under it).
    const found = await this.mentorships.find(mentorshipId);
    const goalId = body.goalId ?? null;
    const seen = new SharedGoals(this.ctx, found!, activeRole(found, this.person));
    if (goalId !== null && !(await seen.canSee(goalId)))
      throw invalidField('goalId', 'is not a goal of the mentee you can see');
    return this.mentorships.serialized(mentorshipLock(mentorshipId), async (repo, instance) => {
      const mentorship = await repo.find(mentorshipId);
      activeRole(mentorship, this.person);
      const now = this.ctx.now().toISOString();
      const id = newId();
      await this.items(instance).insert({
        id,
        mentorship_id: mentorshipId,
        author_id: this.person.id,
        title: body.title,
        due_on: body.dueOn ?? null,
        assignee: body.assignee,
        goal_id: goalId,
        goal_owner_id: goalId === null ? null : mentorship!.mentee_id,
        done_on: null,
        created_at: now,
        updated_at: now,
      });
      return (await this.presentAll([(await this.items(instance).find(id))!], [mentorship!], instance))[0]!;
    });
  }

  /**
   * Marks an item done (today, in the marker's time zone; done already, it keeps its day) or not,
   * by either side; its title and due date change only by the one who added it.
   */
  async update(id: string, body: UpdateActionItemBody): Promise<ActionItem> {
    return this.write(id, async (item, mentorship, instance) => {
      const field = body.title !== undefined ? 'title' : body.dueOn !== undefined ? 'dueOn' : null;
      if (field && item.author_id !== this.person.id)
        throw forbidden(`Only the one who added an action item may change its ${field}.`);
      const doneOn =
        body.done === undefined ? item.done_on : body.done ? (item.done_on ?? this.ctx.today()) : null;
      await this.items(instance).update(id, {
        ...(body.title !== undefined && { title: body.title }),
        ...(body.dueOn !== undefined && { due_on: body.dueOn }),
        done_on: doneOn,
        updated_at: this.ctx.now().toISOString(),
      });
      return (await this.presentAll([(await this.items(instance).find(id))!], [mentorship], instance))[0]!;
    });
  }

  async remove(id: string): Promise<void> {
    await this.write(id, async (item, _mentorship, instance) => {
      if (item.author_id !== this.person.id)
        throw forbidden('Only the one who added an action item may delete it.');
      await this.items(instance).delete(id);
    });
  }

  /** Runs `fn` on an item under its mentorship's lock: 404 unless the person is a side, 409 unless active. */
  private async write<R>(
    id: string,
    fn: (item: ActionItemRow, mentorship: MentorshipRow, instance: InstanceScope) => Promise<R>,
  ): Promise<R> {
    const found = await this.items(this.ctx.access.instance).find(id);
    if (!found) throw notFound('action item');
    return this.mentorships.serialized(mentorshipLock(found.mentorship_id), async (repo, instance) => {
      const item = await this.items(instance).find(id);
      const mentorship = item && (await repo.find(item.mentorship_id));
      if (!item || !mentorship) throw notFound('action item');
      partyRole(mentorship, this.person);
      requireActive(mentorship);
      return fn(item, mentorship, instance);
    });
  }

  private items(instance: InstanceScope): ActionItemRepository {
    return new ActionItemRepository(instance, this.person);
  }

  /** Items with the name across from the person in each one's mentorship (her contacts' names too). */
  private async presentAll(
    rows: ActionItemRow[],
    mentorships: MentorshipRow[],
    instance?: InstanceScope,
  ): Promise<ActionItem[]> {
    const scope = instance ? instance.scopeOf(this.person.id) : this.ctx.scope;
    const byId = new Map(mentorships.map((m) => [m.id, m]));
    const contactIds = mentorships.flatMap((m) =>
      m.creator_id === this.person.id && m.contact_id !== null ? [m.contact_id] : [],
    );
    const names = await new ContactRepository(scope).namesOf(contactIds);
    return rows.map((r) => {
      const m = byId.get(r.mentorship_id)!;
      return present(r, this.person, roleOf(m, this.person)!, otherName(m, this.person, names));
    });
  }
}
