import type { Selectable, Updateable } from 'kysely';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import type { CheckInTable, GoalTable } from '../platform/db/schema.ts';

export type GoalRow = Selectable<GoalTable>;
export type CheckInRow = Selectable<CheckInTable>;
export type NewGoalRow = Omit<GoalRow, 'owner_id'>;

/** All SQL for goals and check-ins; every query goes through the owner's scope. */
export class GoalRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** Runs `fn` with a repository bound to one transaction. */
  transaction<R>(fn: (repo: GoalRepository) => Promise<R>): Promise<R> {
    return this.scope.transaction((scope) => fn(new GoalRepository(scope)));
  }

  findGoal(id: string): Promise<GoalRow | undefined> {
    return this.scope.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Every goal of the owner, oldest first (a person has hundreds, not millions). */
  allGoals(): Promise<GoalRow[]> {
    return this.scope.selectFrom('goals').selectAll().orderBy('created_at').orderBy('id').execute();
  }

  /** Every check-in of the owner, in the order the progress rules read them. */
  allCheckIns(): Promise<CheckInRow[]> {
    return this.scope
      .selectFrom('check_ins')
      .selectAll()
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  checkInsOf(goalIds: readonly string[]): Promise<CheckInRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return this.scope
      .selectFrom('check_ins')
      .selectAll()
      .where('goal_id', 'in', goalIds)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async countChildren(id: string): Promise<number> {
    const row = await this.scope
      .selectFrom('goals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parent_id', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.n);
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

  /** Deletes a goal; its slices and check-ins go with it (ON DELETE CASCADE). */
  async deleteGoal(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('goals').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  findCheckIn(id: string): Promise<CheckInRow | undefined> {
    return this.scope.selectFrom('check_ins').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertCheckIn(row: Omit<CheckInRow, 'owner_id'>): Promise<void> {
    await this.scope.insert('check_ins', [row]);
  }

  async updateCheckIn(id: string, changes: Updateable<CheckInTable>): Promise<void> {
    await this.scope.updateTable('check_ins').set(changes).where('id', '=', id).execute();
  }

  async deleteCheckIn(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('check_ins').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
