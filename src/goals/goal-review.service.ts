import type { z } from 'zod';
import type { ReviewDraftBody } from '../../shared/goals/goal.schema.ts';
import { notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import {
  clean,
  computeProgress,
  type Finding,
  type GoalDraft,
  type Metric,
  type Progress,
  paceNeeded,
  reviewGoal,
} from './domain/index.ts';
import { GoalCache } from './goal.cache.ts';
import { GoalForest, metricOf } from './goal.forest.ts';
import { GoalRepository } from './goal.repository.ts';
import type { TreeData } from './goal.service.ts';

/** How many of the person's goals in a unit make their track record in it. */
export const TRACK_RECORD_GOALS = 20;

/** The SMART review of a saved goal or of a draft, judged against the person's own track record. */
export class GoalReviewService {
  private readonly repo: GoalRepository;

  constructor(
    private readonly ctx: RequestContext,
    private readonly cache: GoalCache<TreeData> = new GoalCache(),
  ) {
    this.repo = new GoalRepository(ctx.scope);
  }

  /**
   * Reviews a goal, read with the goals below it, against the person's other goals of its unit; with
   * `change`, the goal as that change would leave it (fields left out keep their saved values), still
   * measured by its own check-ins, so an edit is judged from where the goal stands today.
   */
  async review(id: string, change: z.output<typeof ReviewDraftBody> = {}): Promise<Finding[]> {
    const forest = await GoalForest.loadSubtrees(this.repo, [id]);
    const goal = forest.get(id);
    if (!goal) throw notFound('goal');
    const today = this.ctx.today();
    const asked = change.metric === undefined ? metricOf(goal) : change.metric;
    const metric = asked && asked.target !== asked.baseline ? asked : null;
    const startDate = change.startDate ?? goal.start_date;
    const dueDate = change.dueDate === undefined ? goal.due_date : change.dueDate;
    const node = { ...forest.node(id), startDate, dueDate, metric };
    const draft: GoalDraft = {
      title: change.title ?? goal.title,
      why: (change.why ?? goal.why) || null,
      parentId: change.parentId === undefined ? goal.parent_id : change.parentId,
      startDate,
      dueDate,
      metric,
      hasChildren: forest.children(id).length > 0,
      requiredPerWeek: metric ? paceToJudge(computeProgress(node, today), metric, dueDate) : null,
    };
    return reviewGoal(draft, { bestObservedPerWeek: await this.bestPace(metric?.unit, id, today) });
  }

  /** Reviews an unsaved draft, as if it were saved today with no check-ins. */
  async reviewDraft(body: z.output<typeof ReviewDraftBody>): Promise<Finding[]> {
    const today = this.ctx.today();
    const metric = body.metric && body.metric.target !== body.metric.baseline ? body.metric : null;
    const startDate = body.startDate ?? today;
    const dueDate = body.dueDate ?? null;
    // Progress copes with a due date before the start (it counts as overdue), so a draft with
    // muddled dates is paced like any other rather than told it has reached its target.
    const node = {
      id: 'draft',
      title: body.title ?? '',
      startDate,
      dueDate,
      metric,
      weight: 1,
      state: 'active' as const,
      completedOn: null,
      checkIns: [],
      children: [],
    };
    const draft: GoalDraft = {
      title: body.title ?? '',
      why: body.why || null,
      parentId: body.parentId ?? null,
      startDate,
      dueDate,
      metric,
      hasChildren: false,
      requiredPerWeek: metric ? paceToJudge(computeProgress(node, today), metric, dueDate) : null,
    };
    return reviewGoal(draft, { bestObservedPerWeek: await this.bestPace(metric?.unit, null, today) });
  }

  /**
   * The largest pace (per week, in size) shown so far on the person's other goals measured in
   * `unit`: their recent track record, the latest TRACK_RECORD_GOALS such goals, so that a review
   * costs the same however long a history the person has.
   */
  private async bestPace(
    unit: string | undefined,
    exceptId: string | null,
    today: string,
  ): Promise<number | null> {
    if (!unit) return null;
    // Kept while nothing changes: the live review of a goal being typed asks on every keystroke.
    const version = await this.repo.version();
    return this.cache.pace(this.ctx.actor.id, version, today, `${unit}\u0000${exceptId ?? ''}`, async () => {
      const ids = await this.repo.recentlyMeasuredIn(unit, exceptId, TRACK_RECORD_GOALS);
      const forest = await GoalForest.loadSubtrees(this.repo, ids);
      let best: number | null = null;
      for (const id of ids) {
        const pace = forest.progress(id, today).observedPerWeek;
        if (pace !== null && (best === null || Math.abs(pace) > best)) best = Math.abs(pace);
      }
      return best;
    });
  }
}

/**
 * The pace the SMART review judges. Progress leaves requiredPerWeek null once the target is
 * reached, once the due date has passed and while the goal is paused, but the review reads null
 * as "reached": a paused goal is judged on the pace it would need from today, and one past its
 * date still lacks the rest, needed at once, as on its due day (one day left).
 */
function paceToJudge(progress: Progress, metric: Metric | null, dueDate: string | null): number | null {
  if (metric === null || progress.current === null) return progress.requiredPerWeek;
  const atOnce = clean((metric.target - progress.current) * 7);
  if (progress.status === 'missed') return atOnce;
  if (progress.status === 'paused')
    return paceNeeded(metric, progress.current, progress.asOf, dueDate) ?? atOnce;
  return progress.requiredPerWeek;
}
