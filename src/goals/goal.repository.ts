import type { Selectable, Updateable } from 'kysely';
import type { CheckInSourceType } from '../../shared/goals/goal.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { batches } from '../platform/db/batches.ts';
import { CHECK_IN_COLUMNS, GOAL_COLUMNS, GoalReader } from './goal.reader.ts';
import type { CheckInTable, GoalTable } from './goal.table.ts';

export type GoalRow = Omit<Selectable<GoalTable>, 'owner_id'>;
export type CheckInRow = Omit<Selectable<CheckInTable>, 'owner_id'>;
/** A check-in as written: typed in (no source) unless a source is given. */
export type NewCheckInRow = Omit<CheckInRow, 'source_type' | 'source_id'> &
  Partial<Pick<CheckInRow, 'source_type' | 'source_id'>>;
/** A goal as written: its skills default to none. */
export type NewGoalRow = Omit<GoalRow, 'tree_version' | 'skill_ids'> & { skill_ids?: string };

/** A goal's check-ins of one date, aggregated in SQL: what the progress rules read. */
export interface DayPoint {
  goal_id: string;
  date: string;
  /** The day's last check-in (by creation), its value and when it was made. */
  last_value: number;
  last_created_at: string;
  /** All of the day's check-ins added up. */
  total: number;
}

/** All SQL for goals and check-ins; every query goes through the owner's scope. */
export class GoalRepository {
  constructor(readonly scope: OwnerScope) {}

  /**
   * Runs `fn` with a repository bound to one transaction that holds the owner's lock: the rules of
   * one person's goal tree are checked and written one change at a time, on every app server. At
   * the end the owner's data version, and the version of each tree `fn` touched, are raised.
   */
  serialized<R>(fn: (repo: GoalRepository) => Promise<R>): Promise<R> {
    return this.scope.serialized(async (scope) => {
      const repo = new GoalRepository(scope);
      const result = await fn(repo);
      await repo.raiseVersion();
      return result;
    });
  }

  /**
   * Raises the version of the tree `goalId` is in now (of its top-level goal), in one statement:
   * call it before moving or deleting the goal (its tree as it was), and again after a move (its
   * tree as it is). Within the owner's lock; raising a version twice in one change is harmless.
   */
  async touchTreeOf(goalId: string): Promise<void> {
    await this.scope
      .withRecursive('up(id, parent_id)', (db) =>
        db
          .selectFrom('goals')
          .select(['goals.id', 'goals.parent_id'])
          .where('goals.id', '=', goalId)
          .union(
            db
              .selectFrom('goals')
              .innerJoin('up', 'up.parent_id', 'goals.id')
              .select(['goals.id', 'goals.parent_id']),
          ),
      )
      .updateTable('goals')
      .set((eb) => ({ tree_version: eb('tree_version', '+', 1) }))
      .where('id', 'in', (eb) => eb.selectFrom('up').select('up.id').where('up.parent_id', 'is', null))
      .execute();
  }

  /** How many times the owner's goals and check-ins have changed; 0 before the first change. */
  async version(): Promise<number> {
    const row = await this.scope.selectFrom('goal_data_versions').select('version').executeTakeFirst();
    return row?.version ?? 0;
  }

  /** Counts one more change (called under the owner's lock, so never two at once). */
  private async raiseVersion(): Promise<void> {
    const raised = await this.scope
      .updateTable('goal_data_versions')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .executeTakeFirst();
    if (Number(raised.numUpdatedRows) === 0) await this.scope.insert('goal_data_versions', [{ version: 1 }]);
  }

  findGoal(id: string): Promise<GoalRow | undefined> {
    return this.scope.selectFrom('goals').select(GOAL_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /**
   * The goals and slices not abandoned that are due on or after `from`, soonest first: the
   * calendar feed's due dates.
   */
  dueFrom(from: string): Promise<Pick<GoalRow, 'id' | 'title' | 'due_date'>[]> {
    return this.scope
      .selectFrom('goals')
      .select(['id', 'title', 'due_date'])
      .where('due_date', '>=', from)
      .where('state', '!=', 'abandoned')
      .orderBy('due_date')
      .orderBy('id')
      .execute();
  }

  /** Every goal of the owner, oldest first. */
  allGoals(): Promise<GoalRow[]> {
    return new GoalReader(this.scope).goals();
  }

  /**
   * The goals `ids` and every goal below them, oldest first, in one recursive query. UNION (not
   * UNION ALL) ends the walk even at a cycle left in stored data.
   */
  subtrees(ids: readonly string[]): Promise<GoalRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return (
      this.scope
        .withRecursive('subtree(id)', (db) =>
          db
            .selectFrom('goals')
            .select('goals.id')
            .where('goals.id', 'in', ids)
            .union(
              db.selectFrom('goals').innerJoin('subtree', 'subtree.id', 'goals.parent_id').select('goals.id'),
            ),
        )
        .selectFrom('goals')
        .select(GOAL_COLUMNS)
        // `in (…)` rather than a join, so both databases look the goals up by key.
        .where('goals.id', 'in', (eb) => eb.selectFrom('subtree').select('subtree.id'))
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    );
  }

  /** The ids of the `limit` goals measured in `unit` most recently created, but `exceptId`. */
  async recentlyMeasuredIn(unit: string, exceptId: string | null, limit: number): Promise<string[]> {
    let q = this.scope.selectFrom('goals').select('id').where('metric_unit', '=', unit);
    if (exceptId !== null) q = q.where('id', '!=', exceptId);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
    return rows.map((r) => r.id);
  }

  /** Check-ins as one point per goal and date, for the goals `ids` or for every goal (see GoalReader). */
  dayPoints(ids: readonly string[] | null): Promise<DayPoint[]> {
    return new GoalReader(this.scope).dayPoints(ids);
  }

  /** A goal's check-ins, and those of the goals `ids` with it, oldest first. */
  checkInsOf(goalIds: readonly string[]): Promise<CheckInRow[]> {
    return new GoalReader(this.scope).checkInsOf(goalIds);
  }

  /** Every check-in of the owner, oldest first (by date, then as written): what an export lists. */
  allCheckIns(): Promise<CheckInRow[]> {
    return this.scope
      .selectFrom('check_ins')
      .select(CHECK_IN_COLUMNS)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async earliestCheckIn(goalId: string): Promise<string | null> {
    const row = await this.scope
      .selectFrom('check_ins')
      .select('date')
      .where('goal_id', '=', goalId)
      .orderBy('date')
      .limit(1)
      .executeTakeFirst();
    return row?.date ?? null;
  }

  async insertGoals(rows: NewGoalRow[]): Promise<void> {
    await this.scope.insert('goals', rows);
  }

  async updateGoal(id: string, changes: Updateable<GoalTable>): Promise<void> {
    await this.scope.updateTable('goals').set(changes).where('id', '=', id).execute();
  }

  /**
   * Carries a goal's new state down to the goals below it: pausing or abandoning it does the same to
   * those still active (and to those it had set before); resuming it resumes those it had set.
   */
  async carryState(id: string, below: readonly string[], state: GoalRow['state']): Promise<void> {
    if (below.length === 0) return;
    if (state === 'active') {
      await this.scope
        .updateTable('goals')
        .set({ state: 'active', state_set_by: null })
        .where('id', 'in', below)
        .where('state_set_by', '=', id)
        .execute();
      return;
    }
    await this.scope
      .updateTable('goals')
      .set({ state, state_set_by: id })
      .where('id', 'in', below)
      .where((eb) => eb.or([eb('state', '=', 'active'), eb('state_set_by', '=', id)]))
      .execute();
  }

  /** Deletes a goal; its slices and check-ins go with it (ON DELETE CASCADE). */
  async deleteGoal(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('goals').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  findCheckIn(id: string): Promise<CheckInRow | undefined> {
    return this.scope
      .selectFrom('check_ins')
      .select(CHECK_IN_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertCheckIn(row: NewCheckInRow): Promise<void> {
    await this.scope.insert('check_ins', [row]);
  }

  /** Check-ins typed in, many at once (an import), in batches. */
  async insertCheckIns(rows: NewCheckInRow[]): Promise<void> {
    await this.scope.insert('check_ins', rows);
  }

  /** The check-ins that entries of one kind (learning log, practice) wrote, by the entries' ids. */
  async sourcedCheckIns(type: CheckInSourceType, sourceIds: readonly string[]): Promise<CheckInRow[]> {
    const found: CheckInRow[] = [];
    for (const ids of batches(sourceIds)) {
      found.push(
        ...(await this.scope
          .selectFrom('check_ins')
          .select(CHECK_IN_COLUMNS)
          .where('source_type', '=', type)
          .where('source_id', 'in', ids)
          .execute()),
      );
    }
    return found;
  }

  /** The kinds of entry (learning, practice, interaction) that wrote some check-in of the goal. */
  async sourceTypesOf(goalId: string): Promise<Set<CheckInSourceType>> {
    const rows = await this.scope
      .selectFrom('check_ins')
      .select('source_type')
      .distinct()
      .where('goal_id', '=', goalId)
      .where('source_type', 'is not', null)
      .execute();
    return new Set(rows.flatMap((r) => (r.source_type === null ? [] : [r.source_type])));
  }

  async updateCheckIn(id: string, changes: Updateable<CheckInTable>): Promise<void> {
    await this.scope.updateTable('check_ins').set(changes).where('id', '=', id).execute();
  }

  async deleteCheckIn(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('check_ins').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
