// What a report says about goals, by the goals capability's own progress rules evaluated as of
// the period's edges: how many were active, achieved, missed and on track; each measured goal's
// value at the start and the end; and its value at the end of each bucket of the chart.
import { addDays } from '../../shared/calendar.ts';
import { clean } from '../../shared/numbers.ts';
import type { ReportGoal, ReportSeries } from '../../shared/reports/report.schema.ts';
import { countedCheckIns, dailyValues, metricProgress } from '../goals/domain/index.ts';
import type { GoalForest } from '../goals/goal.forest.ts';
import { metricOf } from '../goals/goal.forest.ts';
import type { GoalRow } from '../goals/goal.repository.ts';
import type { DateSpan } from './domain/period.ts';

export interface GoalCounts {
  active: number;
  achieved: number;
  missed: number;
  onTrack: number;
  atRisk: number;
  offTrack: number;
}

/** The goals a report reads: the person's forest, and today (a due date still ahead is not missed yet). */
export class ReportGoals {
  constructor(
    private readonly forest: GoalForest,
    private readonly today: string,
  ) {}

  /** Goals not abandoned (slices and milestones too) whose start-to-due dates overlap the span. */
  private activeIn(span: DateSpan): GoalRow[] {
    return this.forest
      .all()
      .filter(
        (g) =>
          g.state !== 'abandoned' &&
          g.start_date <= span.to &&
          (g.due_date === null || g.due_date >= span.from),
      );
  }

  /** The counts of the goals figures over `span`. */
  counts(span: DateSpan): GoalCounts {
    const before = addDays(span.from, -1);
    const active = this.activeIn(span);
    const statusAtEnd = (g: GoalRow) => this.forest.progress(g.id, span.to).status;
    const live = this.forest.all().filter((g) => g.state !== 'abandoned');
    return {
      active: active.length,
      // Achieved within the span: achieved at its end and not yet the day before it.
      achieved: live.filter(
        (g) => statusAtEnd(g) === 'achieved' && this.forest.progress(g.id, before).status !== 'achieved',
      ).length,
      // Due within the span, that due date now past, and not achieved as of it.
      missed: live.filter(
        (g) =>
          g.due_date !== null &&
          g.due_date >= span.from &&
          g.due_date <= span.to &&
          g.due_date < this.today &&
          this.forest.progress(g.id, g.due_date).status !== 'achieved',
      ).length,
      onTrack: active.filter((g) => statusAtEnd(g) === 'on_track').length,
      atRisk: active.filter((g) => statusAtEnd(g) === 'at_risk').length,
      offTrack: active.filter((g) => statusAtEnd(g) === 'off_track').length,
    };
  }

  /** The goals with a metric active in the span, by title: their value at its start and end. */
  measured(span: DateSpan): ReportGoal[] {
    const before = addDays(span.from, -1);
    return this.activeIn(span)
      .flatMap((g) => {
        const metric = metricOf(g);
        if (!metric) return [];
        const start = this.forest.progress(g.id, before);
        const end = this.forest.progress(g.id, span.to);
        const startValue = start.current ?? metric.baseline;
        const endValue = end.current ?? metric.baseline;
        return [
          {
            goal: { id: g.id, title: g.title, unit: metric.unit },
            start: startValue,
            end: endValue,
            change: clean(endValue - startValue),
            expected: end.expected,
            status: end.status,
          },
        ];
      })
      .sort((a, b) => a.goal.title.localeCompare(b.goal.title) || a.goal.id.localeCompare(b.goal.id));
  }

  /**
   * Each of `goals`' value and expected value at the end of each bucket, by the goals' own rules
   * without measuring every goal again per bucket: the check-ins its progress counts as of the
   * period's end, added up date by date once (the value at a bucket's end is the last of those on
   * or before it, as `current` is), and the progress of the goal with none of them at each bucket's
   * end, which still gives the target line's `expected` there.
   */
  series(goals: readonly ReportGoal[], buckets: readonly DateSpan[]): ReportSeries['goals'] {
    const end = buckets.at(-1)?.to;
    return goals.map(({ goal }) => {
      const node = this.forest.node(goal.id);
      const metric = node.metric!;
      const days = end === undefined ? [] : dailyValues(metric, countedCheckIns(node, metric, end));
      let next = 0;
      let value = metric.baseline;
      return {
        goalId: goal.id,
        points: buckets.map((b) => {
          for (; next < days.length && days[next]!.date <= b.to; next++) value = days[next]!.value;
          return {
            date: b.to,
            value: Number.isFinite(value) ? value : metric.baseline,
            expected: metricProgress(node, metric, b.to, []).expected,
          };
        }),
      };
    });
  }
}
