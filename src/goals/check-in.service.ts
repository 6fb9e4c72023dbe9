import type { z } from 'zod';
import { formatDate } from '../../shared/calendar.ts';
import type {
  CheckIn,
  CheckInSourceType,
  CreateCheckInBody,
  UpdateCheckInBody,
} from '../../shared/goals/goal.schema.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkAmount, checkRunningTotals, directionOfGoal } from './check-in.rules.ts';
import { presentCheckIn } from './goal.presenter.ts';
import { type CheckInRow, GoalRepository, type GoalRow } from './goal.repository.ts';

const SOURCE_NAMES: Record<CheckInSourceType, string> = {
  learning: 'an entry of your learning time log; change or delete that entry',
  practice: 'an entry of your practice log; change or delete that entry',
  interaction: 'an interaction with your contacts; change or delete that interaction',
};

/** A check-in an entry wrote changes with that entry, never on its own. */
function refuseSourced(row: CheckInRow): void {
  if (row.source_type === null) return;
  throw conflict(`This check-in was recorded from ${SOURCE_NAMES[row.source_type]} instead.`);
}

/** Check-ins: dated measurements of a goal's metric. */
export class CheckInService {
  private readonly repo: GoalRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new GoalRepository(ctx.scope);
  }

  /** A goal's check-ins, oldest first; with `descendants`, those of every goal below it too. */
  async list(goalId: string, descendants: boolean): Promise<CheckIn[]> {
    const goal = await this.repo.findGoal(goalId);
    if (!goal) throw notFound('goal');
    const ids = descendants ? (await this.repo.subtrees([goalId])).map((g) => g.id) : [goalId];
    return (await this.repo.checkInsOf(ids)).map(presentCheckIn);
  }

  // Writes run under the owner's lock, like goal changes: a check-in cannot land on a goal whose
  // metric is being removed, or that is being deleted, or outside dates being changed.
  async create(goalId: string, body: z.output<typeof CreateCheckInBody>): Promise<CheckIn> {
    return this.repo.serialized(async (repo) => {
      const goal = await repo.findGoal(goalId);
      if (!goal) throw notFound('goal');
      this.checkDate(goal, body.date);
      checkAmount(goal, body.value);
      const now = this.ctx.now().toISOString();
      const row = {
        id: newId(),
        goal_id: goalId,
        date: body.date,
        value: body.value,
        note: body.note ?? '',
        created_at: now,
        updated_at: now,
      };
      await repo.insertCheckIn(row);
      // Only a correction (against the goal's direction) can take a total across its baseline.
      if (directionOfGoal(goal) * row.value < 0) await checkRunningTotals(repo, goalId, 'value');
      await repo.touchTreeOf(goalId);
      return presentCheckIn({ ...row, source_type: null, source_id: null });
    });
  }

  async update(id: string, body: z.output<typeof UpdateCheckInBody>): Promise<CheckIn> {
    return this.repo.serialized(async (repo) => {
      const existing = await repo.findCheckIn(id);
      if (!existing) throw notFound('check-in');
      refuseSourced(existing);
      const goal = (await repo.findGoal(existing.goal_id))!;
      if (body.date !== undefined) this.checkDate(goal, body.date);
      if (body.value !== undefined) checkAmount(goal, body.value);
      await repo.touchTreeOf(goal.id);
      await repo.updateCheckIn(id, {
        ...(body.date !== undefined ? { date: body.date } : {}),
        ...(body.value !== undefined ? { value: body.value } : {}),
        ...(body.note !== undefined ? { note: body.note } : {}),
        updated_at: this.ctx.now().toISOString(),
      });
      // A new value, or an old one on another date, may take a total across the baseline.
      await checkRunningTotals(repo, goal.id, body.value !== undefined ? 'value' : 'date');
      return presentCheckIn((await repo.findCheckIn(id))!);
    });
  }

  async remove(id: string): Promise<void> {
    // Thrown inside, so that a refused deletion writes nothing, not even a new data version.
    await this.repo.serialized(async (repo) => {
      const existing = await repo.findCheckIn(id);
      if (!existing) throw notFound('check-in');
      refuseSourced(existing);
      if (!(await repo.deleteCheckIn(id))) throw notFound('check-in');
      // Only taking away an amount in the goal's direction can take a total across its baseline.
      const goal = await repo.findGoal(existing.goal_id);
      if (goal && directionOfGoal(goal) * existing.value > 0) await checkRunningTotals(repo, goal.id, 'id');
      await repo.touchTreeOf(existing.goal_id);
    });
  }

  private checkDate(goal: GoalRow, date: string): void {
    if (goal.metric_unit === null) {
      throw conflict('This goal has no metric to check in on; mark it complete, or check in on its slices.');
    }
    if (date < goal.start_date)
      throw invalidField(
        'date',
        `must be on or after the goal's start date (${formatDate(goal.start_date)})`,
      );
    const today = this.ctx.today();
    if (date > today)
      throw invalidField('date', `is in the future (today is ${formatDate(today)} in ${this.ctx.timeZone})`);
  }
}
