import type {
  CreatePracticeBody,
  PracticeEntry,
  UpdatePracticeBody,
} from '../../shared/practice/practice.schema.ts';
import { CheckInFeed } from '../goals/check-in.feed.ts';
import { checkNotFuture } from '../learning/entry.checks.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkSeenSkills } from '../skills/seen-skills.ts';
import { feedEntry, presentPractice } from './practice.presenter.ts';
import { type PracticeFilter, PracticeRepository, type PracticeRow } from './practice.repository.ts';

/**
 * The practice log. An entry linked to a goal that adds up hours or minutes checks in on it, in
 * the same transaction, under the owner's lock; changing or deleting the entry does the same to
 * its check-in.
 */
export class PracticeService {
  private readonly repo: PracticeRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new PracticeRepository(ctx.scope);
  }

  private feed(scope: OwnerScope): CheckInFeed {
    return new CheckInFeed(scope, 'practice', this.ctx.now);
  }

  async list(filter: PracticeFilter): Promise<PracticeEntry[]> {
    const rows = await this.repo.list(filter);
    const ids = rows.map((r) => r.id);
    const [skills, checkIns] = await Promise.all([
      this.repo.skillIdsOf(ids),
      this.feed(this.ctx.scope).checkInsOf(ids),
    ]);
    return rows.map((row) => presentPractice(row, skills.get(row.id) ?? [], checkIns.get(row.id)));
  }

  async get(id: string): Promise<PracticeEntry> {
    const row = await this.repo.find(id);
    if (!row) throw notFound('practice entry');
    const [skills, checkIns] = await Promise.all([
      this.repo.skillIdsOf([id]),
      this.feed(this.ctx.scope).checkInsOf([id]),
    ]);
    return presentPractice(row, skills.get(id) ?? [], checkIns.get(id));
  }

  async create(body: CreatePracticeBody): Promise<PracticeEntry> {
    checkNotFuture(this.ctx, body.date);
    const now = this.ctx.now().toISOString();
    const row: PracticeRow = {
      id: newId(),
      date: body.date,
      minutes: body.minutes,
      title: body.title,
      description: body.description ?? '',
      reflection: body.reflection ?? '',
      outcome: body.outcome ?? '',
      evidence_url: body.evidenceUrl ?? null,
      goal_id: body.goalId ?? null,
      created_at: now,
      updated_at: now,
    };
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new PracticeRepository(scope);
      await checkSeenSkills(scope, body.skillIds);
      const feed = this.feed(scope);
      if (row.goal_id !== null) await feed.checkGoal(row.goal_id, 'goalId');
      await repo.insert(row);
      await repo.replaceSkills(row.id, body.skillIds);
      const fed = await feed.sync([feedEntry(row)], 'minutes');
      return presentPractice(row, body.skillIds, fed.get(row.id));
    });
  }

  /** Changes an entry; its check-in follows: another goal, date, time or title, or none. */
  async update(id: string, body: UpdatePracticeBody): Promise<PracticeEntry> {
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new PracticeRepository(scope);
      const current = await repo.find(id);
      if (!current) throw notFound('practice entry');
      if (body.date !== undefined) checkNotFuture(this.ctx, body.date);
      if (body.skillIds !== undefined) await checkSeenSkills(scope, body.skillIds);
      const next: PracticeRow = {
        ...current,
        ...(body.date !== undefined && { date: body.date }),
        ...(body.minutes !== undefined && { minutes: body.minutes }),
        ...(body.title !== undefined && { title: body.title }),
        ...(body.description !== undefined && { description: body.description }),
        ...(body.reflection !== undefined && { reflection: body.reflection }),
        ...(body.outcome !== undefined && { outcome: body.outcome }),
        ...(body.evidenceUrl !== undefined && { evidence_url: body.evidenceUrl }),
        ...(body.goalId !== undefined && { goal_id: body.goalId }),
        updated_at: this.ctx.now().toISOString(),
      };
      const feed = this.feed(scope);
      const goalChanged = next.goal_id !== current.goal_id;
      // A goal kept as it was is not checked again: its metric may have changed since it was linked.
      if (goalChanged && next.goal_id !== null) await feed.checkGoal(next.goal_id, 'goalId');
      const { id: _id, goal_id, created_at: _created, ...columns } = next;
      await repo.update(id, columns, goalChanged ? goal_id : undefined);
      if (body.skillIds !== undefined) await repo.replaceSkills(id, body.skillIds);
      // Fewer minutes, another date or another goal is what can take a total below its baseline.
      const field = goalChanged ? 'goalId' : body.minutes !== undefined ? 'minutes' : 'date';
      const fed = await feed.sync([feedEntry(next)], field);
      const skills = body.skillIds ?? (await repo.skillIdsOf([id])).get(id) ?? [];
      return presentPractice(next, [...skills], fed.get(id));
    });
  }

  /** Deletes an entry and the goal check-in it wrote, at once. */
  async remove(id: string): Promise<void> {
    await this.ctx.scope.serialized(async (scope) => {
      const repo = new PracticeRepository(scope);
      if (!(await repo.find(id))) throw notFound('practice entry');
      await this.feed(scope).remove([id], 'id');
      await repo.delete(id);
    });
  }
}
