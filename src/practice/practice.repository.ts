import type { Selectable, Updateable } from 'kysely';
import { goalLinkOf } from '../goals/goal-link.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import type { SkillMinutes } from './domain/ledger.ts';
import type { PracticeEntryTable } from './practice.table.ts';

export type PracticeRow = Omit<Selectable<PracticeEntryTable>, 'owner_id' | 'goal_owner_id'>;
export type PracticeChanges = Omit<Updateable<PracticeEntryTable>, 'id' | 'goal_id' | 'goal_owner_id'>;

const COLUMNS = [
  'id',
  'date',
  'minutes',
  'title',
  'description',
  'reflection',
  'outcome',
  'evidence_url',
  'goal_id',
  'created_at',
  'updated_at',
] as const;

export interface PracticeFilter {
  skillId?: string;
  from?: string;
  to?: string;
}

/** All SQL of the practice log; every query through the owner's scope. */
export class PracticeRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** Entries, the newest date first (then the latest written). */
  list(filter: PracticeFilter): Promise<PracticeRow[]> {
    let q = this.scope.selectFrom('practice_entries').select(COLUMNS);
    if (filter.from) q = q.where('date', '>=', filter.from);
    if (filter.to) q = q.where('date', '<=', filter.to);
    const skillId = filter.skillId;
    if (skillId) {
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('practice_entry_skills').select('entry_id').where('skill_id', '=', skillId),
      );
    }
    return q.orderBy('date', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  }

  find(id: string): Promise<PracticeRow | undefined> {
    return this.scope.selectFrom('practice_entries').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  async insert(row: PracticeRow): Promise<void> {
    const { goal_id, ...rest } = row;
    await this.scope.insert('practice_entries', [{ ...rest, ...goalLinkOf(this.scope, goal_id) }]);
  }

  async update(id: string, changes: PracticeChanges, goalId?: string | null): Promise<void> {
    await this.scope
      .updateTable('practice_entries')
      .set({ ...changes, ...(goalId !== undefined ? goalLinkOf(this.scope, goalId) : {}) })
      .where('id', '=', id)
      .execute();
  }

  /** Deletes an entry; its skills go with it (ON DELETE CASCADE). */
  async delete(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('practice_entries').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /** The skills of each entry, in the order given. */
  async skillIdsOf(entryIds: readonly string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>(entryIds.map((id) => [id, []]));
    if (entryIds.length === 0) return found;
    for (const ids of batches(entryIds)) {
      const rows = await this.scope
        .selectFrom('practice_entry_skills')
        .select(['entry_id', 'skill_id'])
        .where('entry_id', 'in', ids)
        .orderBy('entry_id')
        .orderBy('position')
        .execute();
      for (const r of rows) found.get(r.entry_id)?.push(r.skill_id);
    }
    return found;
  }

  async replaceSkills(entryId: string, skillIds: readonly string[]): Promise<void> {
    await this.scope.deleteFrom('practice_entry_skills').where('entry_id', '=', entryId).execute();
    await this.scope.insert(
      'practice_entry_skills',
      skillIds.map((skill_id, position) => ({ entry_id: entryId, skill_id, position })),
    );
  }

  /** Practised minutes per skill and date, up to `asOf` (of one skill, or all): what the ledger reads. */
  async minutesBySkill(asOf: string, skillId?: string): Promise<SkillMinutes[]> {
    let q = this.scope
      .selectFrom('practice_entries as p')
      .innerJoin('practice_entry_skills as s', 's.entry_id', 'p.id')
      .select(['s.skill_id', 'p.date', (eb) => eb.fn.sum<number | string>('p.minutes').as('minutes')])
      .where('p.date', '<=', asOf)
      .groupBy(['s.skill_id', 'p.date']);
    if (skillId !== undefined) q = q.where('s.skill_id', '=', skillId);
    const rows = await q.execute();
    return rows.map((r) => ({ skillId: r.skill_id, date: r.date, minutes: Number(r.minutes) }));
  }

  /** Practised minutes per date from `from` to `to`, grouped in SQL: what a period report reads. */
  async minutesByDate(from: string, to: string): Promise<{ date: string; minutes: number }[]> {
    const rows = await this.scope
      .selectFrom('practice_entries')
      .select(['date', (eb) => eb.fn.sum<number | string>('minutes').as('minutes')])
      .where('date', '>=', from)
      .where('date', '<=', to)
      .groupBy('date')
      .execute();
    return rows.map((r) => ({ date: r.date, minutes: Number(r.minutes) }));
  }
}
