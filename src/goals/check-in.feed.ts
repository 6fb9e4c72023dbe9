// Check-ins that other capabilities write for their entries: time logged on a learning activity or
// in the practice log, fed to the goal the entry is linked to when that goal adds up hours or
// minutes; and interactions with contacts, each counted as 1 on a goal that adds up. Each entry has
// at most one check-in, named by its source; the entry changes or deletes it, and the check-in
// endpoints refuse to (check-in.service.ts).
import { NOTE_MAX } from '../../shared/goals/goal.limits.ts';
import type { CheckInSourceType } from '../../shared/goals/goal.schema.ts';
import { roundHalfAwayFromZero } from '../../shared/numbers.ts';
import { type TimeUnit, timeUnitOf } from '../../shared/units.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { conflict, invalidField } from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import { checkRunningTotals } from './check-in.rules.ts';
import type { Metric } from './domain/index.ts';
import { metricOf } from './goal.forest.ts';
import { type CheckInRow, GoalRepository, type GoalRow } from './goal.repository.ts';

/** Check-in values carry at most this many decimals (goal.limits.ts's MAX_DECIMALS). */
const VALUE_DECIMALS = 6;

/**
 * Why logged time cannot feed a goal with this metric, as the end of a sentence about the goal;
 * null when it can: the metric adds up (`sum`) hours or minutes towards a higher target.
 */
export function feedRefusal(metric: Metric | null): string | null {
  const hint = 'link a goal that adds up hours or minutes';
  if (metric === null) return `is a goal without a metric; ${hint}`;
  if (metric.aggregation !== 'sum') return `takes its latest check-in as the level; ${hint}`;
  if (timeUnitOf(metric.unit) === null) return `measures “${metric.unit}”, not time; ${hint}`;
  if (metric.target <= metric.baseline) return `counts down to its target; ${hint} towards a higher target`;
  return null;
}

/**
 * Why a count (one per entry) cannot feed a goal with this metric, as the end of a sentence about
 * the goal; null when it can: the metric adds up (`sum`) towards a higher target, in any unit.
 */
export function countRefusal(metric: Metric | null): string | null {
  const hint = 'link a goal that adds up (such as conversations or people met)';
  if (metric === null) return `is a goal without a metric; ${hint}`;
  if (metric.aggregation !== 'sum') return `takes its latest check-in as the level; ${hint}`;
  if (metric.target <= metric.baseline) return `counts down to its target; ${hint} towards a higher target`;
  return null;
}

/** How a kind of entry checks in: its logged minutes in the goal's unit of time, or a count. */
const MEASURES: Record<CheckInSourceType, 'time' | 'count'> = {
  learning: 'time',
  practice: 'time',
  interaction: 'count',
};

/** Logged minutes in a goal's unit of time: 90 minutes are 1.5 hours (to a check-in's 6 decimals). */
export function amountIn(unit: TimeUnit, minutes: number): number {
  return unit === 'minutes' ? minutes : roundHalfAwayFromZero(minutes / 60, VALUE_DECIMALS);
}

/**
 * A goal fed by entries keeps a metric they can feed, in the same unit of time (else the amounts
 * already fed would mean something else): 409 otherwise. Called by goal updates, under the lock.
 */
export async function checkFedMetric(
  repo: GoalRepository,
  goalId: string,
  before: Metric | null,
  after: Metric | null,
): Promise<void> {
  const unit = before && timeUnitOf(before.unit);
  // Whatever feeds it, a metric that still adds up the same time towards a higher target will do.
  if (feedRefusal(after) === null && after && timeUnitOf(after.unit) === unit) return;
  const sources = await repo.sourceTypesOf(goalId);
  if (sources.has('learning') || sources.has('practice')) {
    throw conflict(
      `This goal has check-ins from your learning or practice log, counted in ${unit ?? 'time'}; ` +
        `keep it adding up ${unit ?? 'time'} towards a higher target, or unlink those entries from it first.`,
    );
  }
  if (sources.has('interaction') && countRefusal(after) !== null) {
    throw conflict(
      'This goal has check-ins from your interactions, one for each; keep it adding up towards a ' +
        'higher target, or unlink those interactions from it first.',
    );
  }
}

/** An entry as its goal's check-in reflects it: time logged, or one counted (an interaction). */
export type FedEntry = {
  /** The entry's id: the check-in's source id. */
  id: string;
  goalId: string | null;
  date: string;
  note: string;
} & ({ minutes: number } | { count: number });

/** The check-in an entry wrote. */
export interface FedCheckIn {
  id: string;
  goalId: string;
  value: number;
}

/** The amount an entry checks in on a goal it can feed: its time in the goal's unit, or its count. */
function fedValue(entry: FedEntry, metric: Metric): number | null {
  if ('count' in entry) return entry.count;
  const unit = timeUnitOf(metric.unit);
  return unit === null ? null : amountIn(unit, entry.minutes);
}

const fedCheckIn = (row: CheckInRow): FedCheckIn => ({ id: row.id, goalId: row.goal_id, value: row.value });

/** Writes, moves and deletes the check-ins of one kind of entry, in the caller's transaction. */
export class CheckInFeed {
  constructor(
    private readonly scope: OwnerScope,
    private readonly type: CheckInSourceType,
    private readonly now: () => Date,
  ) {}

  /** Why entries of this kind cannot feed a goal with `metric`; null when they can. */
  private refusal(metric: Metric | null): string | null {
    return MEASURES[this.type] === 'time' ? feedRefusal(metric) : countRefusal(metric);
  }

  /** Refuses at `field` a goal id that is not one of the person's goals, or one these entries cannot feed. */
  async checkGoal(goalId: string, field: string): Promise<void> {
    const goal = await new GoalRepository(this.scope).findGoal(goalId);
    if (!goal) throw invalidField(field, 'is not one of your goals');
    const refusal = this.refusal(metricOf(goal));
    if (refusal) throw invalidField(field, refusal);
  }

  /** The check-ins the entries wrote, by entry id. */
  async checkInsOf(entryIds: readonly string[]): Promise<Map<string, FedCheckIn>> {
    const rows = await new GoalRepository(this.scope).sourcedCheckIns(this.type, entryIds);
    return new Map(rows.map((row) => [row.source_id!, fedCheckIn(row)]));
  }

  /**
   * Brings each entry's check-in in line with the entry, under the owner's lock: written, changed,
   * moved to another goal, or deleted. An entry has a check-in when its goal can be fed by it and
   * the entry is dated on or after the goal's start (check-ins never come before a goal starts);
   * otherwise it has none, and the entry is kept all the same. A total that would cross its
   * baseline (a correction typed in) is a 400 at `field`, and nothing is written.
   */
  sync(entries: readonly FedEntry[], field: string): Promise<Map<string, FedCheckIn>> {
    return new GoalRepository(this.scope).serialized(async (repo) => {
      const { fed, touched } = await this.write(repo, entries);
      await this.settle(repo, touched, field);
      return fed;
    });
  }

  /**
   * As `sync`, for many entries written at once (an import of new goals and entries): the
   * check-ins are written, and the goals they touched answered, for the caller to hold their
   * totals once for all of them (check-in.rules.ts's `checkRunningTotalsOf`) rather than per goal.
   */
  writeAll(entries: readonly FedEntry[]): Promise<{ fed: Map<string, FedCheckIn>; touched: Set<string> }> {
    return new GoalRepository(this.scope).serialized((repo) => this.write(repo, entries));
  }

  /** Writes, changes or deletes each entry's check-in; answers them and the goals touched. */
  private async write(
    repo: GoalRepository,
    entries: readonly FedEntry[],
  ): Promise<{ fed: Map<string, FedCheckIn>; touched: Set<string> }> {
    const existing = new Map(
      (
        await repo.sourcedCheckIns(
          this.type,
          entries.map((e) => e.id),
        )
      ).map((c) => [c.source_id!, c]),
    );
    const goals = new Map<string, GoalRow | undefined>();
    const touched = new Set<string>();
    const fed = new Map<string, FedCheckIn>();
    const now = this.now().toISOString();
    for (const entry of entries) {
      if (entry.goalId !== null && !goals.has(entry.goalId))
        goals.set(entry.goalId, await repo.findGoal(entry.goalId));
      const goal = entry.goalId === null ? undefined : goals.get(entry.goalId);
      const metric = goal ? metricOf(goal) : null;
      const value =
        goal && metric && this.refusal(metric) === null && entry.date >= goal.start_date
          ? fedValue(entry, metric)
          : null;
      const old = existing.get(entry.id);
      if (!goal || value === null) {
        if (old) {
          await repo.deleteCheckIn(old.id);
          touched.add(old.goal_id);
        }
        continue;
      }
      const row = {
        goal_id: goal.id,
        date: entry.date,
        value,
        note: entry.note.slice(0, NOTE_MAX),
      };
      const id = old?.id ?? newId();
      fed.set(entry.id, { id, goalId: row.goal_id, value: row.value });
      if (old && Object.entries(row).every(([k, v]) => old[k as keyof typeof row] === v)) continue;
      if (old) {
        touched.add(old.goal_id);
        await repo.updateCheckIn(id, { ...row, updated_at: now });
      } else {
        await repo.insertCheckIn({
          id,
          ...row,
          source_type: this.type,
          source_id: entry.id,
          created_at: now,
          updated_at: now,
        });
      }
      touched.add(goal.id);
    }
    return { fed, touched };
  }

  /** Deletes the check-ins the entries wrote (before the entries go), under the owner's lock. */
  async remove(entryIds: readonly string[], field: string): Promise<void> {
    if (entryIds.length === 0) return;
    await new GoalRepository(this.scope).serialized(async (repo) => {
      const touched = new Set<string>();
      for (const row of await repo.sourcedCheckIns(this.type, entryIds)) {
        await repo.deleteCheckIn(row.id);
        touched.add(row.goal_id);
      }
      await this.settle(repo, touched, field);
    });
  }

  /** Raises the changed goals' tree versions, then holds each total on the target's side of its baseline. */
  private async settle(repo: GoalRepository, goalIds: ReadonlySet<string>, field: string): Promise<void> {
    for (const goalId of goalIds) await repo.touchTreeOf(goalId);
    for (const goalId of goalIds) await checkRunningTotals(repo, goalId, field);
  }
}
