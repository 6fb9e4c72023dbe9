import type { OwnerScope, ReadView } from '../platform/access/access.ts';
import type { VisibilityLevel } from '../platform/access/rules.ts';
import type { CheckInRow, DayPoint, GoalRow } from './goal.repository.ts';

/**
 * Where goals are read from: a person's own scope, or a view of another person's goals, which
 * shows only what their visibility allows. Either way only `selectFrom` is used: nothing here writes.
 */
export type GoalSource = OwnerScope | ReadView;

export const GOAL_COLUMNS = [
  'id',
  'parent_id',
  'title',
  'description',
  'why',
  'category',
  'start_date',
  'due_date',
  'metric_unit',
  'metric_baseline',
  'metric_target',
  'metric_aggregation',
  'weight',
  'state',
  'state_set_by',
  'completed_on',
  'visibility',
  'created_at',
  'updated_at',
  'tree_version',
  'skill_ids',
] as const;

export const CHECK_IN_COLUMNS = [
  'id',
  'goal_id',
  'date',
  'value',
  'note',
  'source_type',
  'source_id',
  'created_at',
  'updated_at',
] as const;

/** The SQL that reads goals and check-ins, the same through a scope or a view. */
export class GoalReader {
  constructor(private readonly source: GoalSource) {}

  /** Every goal the source shows, oldest first; only those of these visibilities when given. */
  goals(visibilities?: readonly VisibilityLevel[]): Promise<GoalRow[]> {
    let q = this.source.selectFrom('goals').select(GOAL_COLUMNS);
    if (visibilities !== undefined) {
      if (visibilities.length === 0) return Promise.resolve([]);
      q = q.where('visibility', 'in', visibilities);
    }
    return q.orderBy('created_at').orderBy('id').execute();
  }

  /** Those of `ids` that are goals the source shows (with one of these visibilities, when given). */
  async idsAmong(ids: readonly string[], visibilities?: readonly VisibilityLevel[]): Promise<Set<string>> {
    if (ids.length === 0 || visibilities?.length === 0) return new Set();
    let q = this.source.selectFrom('goals').select('id').where('id', 'in', ids);
    if (visibilities !== undefined) q = q.where('visibility', 'in', visibilities);
    return new Set((await q.execute()).map((r) => r.id));
  }

  /**
   * Check-ins as one point per goal and date (the day's total, and its last check-in), for the
   * goals `ids`, or for every goal when `ids` is null. The totals are grouped in SQL, in the order
   * of the covering index (owner, goal, date), so no sort is needed; the day's last value is read
   * only for goals whose metric takes the last check-in as its level.
   */
  async dayPoints(ids: readonly string[] | null): Promise<DayPoint[]> {
    if (ids !== null && ids.length === 0) return [];
    let totals = this.source
      .selectFrom('check_ins')
      .select([
        'goal_id',
        'date',
        (eb) => eb.fn.sum<number>('value').as('total'),
        (eb) => eb.fn.max('created_at').as('last_created_at'),
      ])
      .groupBy(['goal_id', 'date']);
    if (ids !== null) totals = totals.where('goal_id', 'in', ids);
    let levels = this.source
      .selectFrom('check_ins as c')
      .innerJoin('goals as g', 'g.id', 'c.goal_id')
      .select(['c.goal_id', 'c.date', 'c.value'])
      .where('g.metric_aggregation', '=', 'last')
      .orderBy('c.goal_id')
      .orderBy('c.date')
      .orderBy('c.created_at')
      .orderBy('c.id');
    if (ids !== null) levels = levels.where('c.goal_id', 'in', ids);
    const [days, ordered] = await Promise.all([totals.execute(), levels.execute()]);
    // Rows come in (goal, date, creation) order: the last one of each day wins.
    const lastOf = new Map<string, number>();
    for (const c of ordered) lastOf.set(`${c.goal_id}\u0000${c.date}`, c.value);
    return days.map((d) => ({
      goal_id: d.goal_id,
      date: d.date,
      total: Number(d.total),
      last_created_at: String(d.last_created_at),
      last_value: lastOf.get(`${d.goal_id}\u0000${d.date}`) ?? Number(d.total),
    }));
  }

  /** The check-ins of the goals `ids`, oldest first. */
  checkInsOf(goalIds: readonly string[]): Promise<CheckInRow[]> {
    if (goalIds.length === 0) return Promise.resolve([]);
    return this.source
      .selectFrom('check_ins')
      .select(CHECK_IN_COLUMNS)
      .where('goal_id', 'in', goalIds)
      .orderBy('date')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }
}
