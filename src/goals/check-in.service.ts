import type { z } from 'zod';
import { type Clock, todayIn } from '../platform/clock.ts';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import { GoalForest } from './goal.forest.ts';
import { presentCheckIn } from './goal.presenter.ts';
import { GoalRepository, type GoalRow } from './goal.repository.ts';
import type { CheckIn, CreateCheckInBody, UpdateCheckInBody } from './goal.schema.ts';

/** Check-ins: dated measurements of a goal's metric. */
export class CheckInService {
  private readonly repo: GoalRepository;

  constructor(
    scope: OwnerScope,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {
    this.repo = new GoalRepository(scope);
  }

  private today(): string {
    return todayIn(this.timeZone, this.clock.now());
  }

  /** A goal's check-ins, oldest first; with `descendants`, those of every goal below it too. */
  async list(goalId: string, descendants: boolean): Promise<CheckIn[]> {
    const goal = await this.repo.findGoal(goalId);
    if (!goal) throw notFound('goal');
    let ids = [goalId];
    if (descendants) {
      const forest = new GoalForest(await this.repo.allGoals(), []);
      ids = [goalId, ...forest.descendantIds(goalId)];
    }
    return (await this.repo.checkInsOf(ids)).map(presentCheckIn);
  }

  async create(goalId: string, body: z.output<typeof CreateCheckInBody>): Promise<CheckIn> {
    const goal = await this.repo.findGoal(goalId);
    if (!goal) throw notFound('goal');
    this.checkDate(goal, body.date);
    const now = this.clock.now().toISOString();
    const row = {
      id: newId(),
      goal_id: goalId,
      date: body.date,
      value: body.value,
      note: body.note ?? '',
      created_at: now,
      updated_at: now,
    };
    await this.repo.insertCheckIn(row);
    return presentCheckIn({ ...row, owner_id: '' });
  }

  async update(id: string, body: z.output<typeof UpdateCheckInBody>): Promise<CheckIn> {
    const existing = await this.repo.findCheckIn(id);
    if (!existing) throw notFound('check-in');
    const goal = (await this.repo.findGoal(existing.goal_id))!;
    if (body.date !== undefined) this.checkDate(goal, body.date);
    await this.repo.updateCheckIn(id, {
      ...(body.date !== undefined ? { date: body.date } : {}),
      ...(body.value !== undefined ? { value: body.value } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
      updated_at: this.clock.now().toISOString(),
    });
    return presentCheckIn((await this.repo.findCheckIn(id))!);
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.deleteCheckIn(id))) throw notFound('check-in');
  }

  private checkDate(goal: GoalRow, date: string): void {
    if (goal.metric_unit === null) {
      throw conflict('This goal has no metric to check in on; mark it complete, or check in on its slices.');
    }
    if (date < goal.start_date)
      throw invalidField('date', `must be on or after the goal's start date (${goal.start_date})`);
    const today = this.today();
    if (date > today) throw invalidField('date', `is in the future (today is ${today} in ${this.timeZone})`);
  }
}
