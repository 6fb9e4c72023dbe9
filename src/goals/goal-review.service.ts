import type { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { todayIn } from '../platform/clock.ts';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import { notFound } from '../platform/http/errors.ts';
import {
  clean,
  computeProgress,
  type Finding,
  type GoalDraft,
  type Metric,
  type Progress,
  reviewGoal,
} from './domain/index.ts';
import { GoalForest, metricOf } from './goal.forest.ts';
import { GoalRepository } from './goal.repository.ts';
import type { ReviewDraftBody } from './goal.schema.ts';

/** The SMART review of a saved goal or of a draft, judged against the person's own track record. */
export class GoalReviewService {
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

  private forest(repo = this.repo): Promise<GoalForest> {
    return GoalForest.load(repo);
  }

  async review(id: string): Promise<Finding[]> {
    const forest = await this.forest();
    const goal = forest.get(id);
    if (!goal) throw notFound('goal');
    const today = this.today();
    const draft: GoalDraft = {
      title: goal.title,
      why: goal.why || null,
      parentId: goal.parent_id,
      startDate: goal.start_date,
      dueDate: goal.due_date,
      metric: metricOf(goal),
      hasChildren: forest.children(id).length > 0,
      requiredPerWeek: paceToJudge(computeProgress(forest.node(id), today), metricOf(goal)),
    };
    return reviewGoal(draft, { bestObservedPerWeek: bestPace(forest, draft.metric?.unit, id, today) });
  }

  /** Reviews an unsaved draft, as if it were saved today with no check-ins. */
  async reviewDraft(body: z.output<typeof ReviewDraftBody>): Promise<Finding[]> {
    const forest = await this.forest();
    const today = this.today();
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
      requiredPerWeek: metric ? paceToJudge(computeProgress(node, today), metric) : null,
    };
    return reviewGoal(draft, { bestObservedPerWeek: bestPace(forest, metric?.unit, null, today) });
  }
}

/** The largest pace (per week, in size) shown so far on any other goal measured in `unit`. */
function bestPace(
  forest: GoalForest,
  unit: string | undefined,
  exceptId: string | null,
  today: string,
): number | null {
  if (!unit) return null;
  let best: number | null = null;
  for (const g of forest.all()) {
    if (g.id === exceptId || g.metric_unit !== unit) continue;
    const pace = computeProgress(forest.node(g.id), today).observedPerWeek;
    if (pace !== null && (best === null || Math.abs(pace) > best)) best = Math.abs(pace);
  }
  return best;
}

/**
 * The pace the SMART review judges. Progress leaves requiredPerWeek null both once the target is
 * reached and once the due date has passed, but the review reads null as "reached"; a goal that
 * missed its date still lacks the rest, needed at once, as on its due day (one day left).
 */
function paceToJudge(progress: Progress, metric: Metric | null): number | null {
  if (progress.status !== 'missed' || metric === null || progress.current === null)
    return progress.requiredPerWeek;
  return clean((metric.target - progress.current) * 7);
}
