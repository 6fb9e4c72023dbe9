import type { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { todayIn } from '../platform/clock.ts';
import type { OwnerScope } from '../platform/db/owner-scope.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import { newId } from '../platform/ids.ts';
import {
  BreakdownError,
  type CalendarPeriod,
  computeProgress,
  type Progress,
  planBreakdown,
} from './domain/index.ts';
import { attentionReasons } from './goal.attention.ts';
import { GoalForest, metricOf } from './goal.forest.ts';
import { presentGoal } from './goal.presenter.ts';
import { GoalRepository, type GoalRow, type NewGoalRow } from './goal.repository.ts';
import { checkGoal } from './goal.rules.ts';
import type { AttentionItem, CreateGoalBody, Goal, GoalListQuery, UpdateGoalBody } from './goal.schema.ts';

const metricColumns = (m: CreateGoalBody['metric']) => ({
  metric_unit: m?.unit ?? null,
  metric_baseline: m?.baseline ?? null,
  metric_target: m?.target ?? null,
  metric_aggregation: m?.aggregation ?? null,
});

/** Goals of one person: create, change, break down and measure them. */
export class GoalService {
  private readonly repo: GoalRepository;

  constructor(
    scope: OwnerScope,
    private readonly clock: Clock,
    private readonly timeZone: string,
  ) {
    this.repo = new GoalRepository(scope);
  }

  /** Today's date where the person lives. */
  today(): string {
    return todayIn(this.timeZone, this.clock.now());
  }

  private forest(repo = this.repo): Promise<GoalForest> {
    return GoalForest.load(repo);
  }

  async list(query: z.output<typeof GoalListQuery>): Promise<Goal[]> {
    const forest = await this.forest();
    const today = this.today();
    let rows = forest.all();
    if (query.parentId !== undefined) rows = rows.filter((g) => g.parent_id === query.parentId);
    else if (query.root) rows = rows.filter((g) => g.parent_id === null);
    if (query.state) rows = rows.filter((g) => g.state === query.state);
    return rows.map((g) => presentGoal(forest, g.id, today));
  }

  /** Goals that need attention, worst first. */
  async attention(): Promise<AttentionItem[]> {
    const goals = await this.list({});
    const today = this.today();
    const order: Record<string, number> = { missed: 0, off_track: 1, at_risk: 2, quiet: 3 };
    return goals
      .map((goal) => ({ goal, reasons: attentionReasons(goal, today) }))
      .filter((item) => item.reasons.length > 0)
      .sort(
        (a, b) =>
          order[a.reasons[0]!.kind]! - order[b.reasons[0]!.kind]! || a.goal.title.localeCompare(b.goal.title),
      );
  }

  async get(id: string): Promise<Goal> {
    const forest = await this.forest();
    if (!forest.get(id)) throw notFound('goal');
    return presentGoal(forest, id, this.today());
  }

  async create(body: CreateGoalBody): Promise<Goal> {
    const today = this.today();
    return this.repo.transaction(async (repo) => {
      const forest = await this.forest(repo);
      const parent = body.parentId ? forest.get(body.parentId) : undefined;
      const startDate = body.startDate ?? defaultStart(today, parent);
      const dueDate = body.dueDate !== undefined ? body.dueDate : (parent?.due_date ?? null);
      const metric = body.metric ?? null;
      const completedOn = body.completedOn ?? null;
      checkGoal(
        { id: null, parentId: body.parentId ?? null, startDate, dueDate, metric, completedOn },
        forest,
        today,
        null,
      );
      const now = this.clock.now().toISOString();
      const row: NewGoalRow = {
        id: newId(),
        parent_id: body.parentId ?? null,
        title: body.title,
        description: body.description ?? '',
        why: body.why ?? '',
        category: body.category ?? parent?.category ?? 'career',
        start_date: startDate,
        due_date: dueDate,
        ...metricColumns(metric),
        weight: body.weight ?? 1,
        state: body.state ?? 'active',
        completed_on: completedOn,
        visibility: body.visibility ?? parent?.visibility ?? 'private',
        created_at: now,
        updated_at: now,
      };
      await repo.insertGoals([row]);
      return presentGoal(await this.forest(repo), row.id, today);
    });
  }

  async update(id: string, body: UpdateGoalBody): Promise<Goal> {
    const today = this.today();
    return this.repo.transaction(async (repo) => {
      const forest = await this.forest(repo);
      const current = forest.get(id);
      if (!current) throw notFound('goal');
      const pick = <T>(value: T | undefined, fallback: T) => (value === undefined ? fallback : value);
      const next = {
        id,
        parentId: pick(body.parentId, current.parent_id),
        startDate: pick(body.startDate, current.start_date),
        dueDate: pick(body.dueDate, current.due_date),
        metric: pick(body.metric, metricOf(current)),
        completedOn: pick(body.completedOn, current.completed_on),
      };
      checkGoal(next, forest, today, await repo.earliestCheckIn(id));
      await repo.updateGoal(id, {
        parent_id: next.parentId,
        title: pick(body.title, current.title),
        description: pick(body.description, current.description),
        why: pick(body.why, current.why),
        category: pick(body.category, current.category),
        start_date: next.startDate,
        due_date: next.dueDate,
        ...metricColumns(next.metric),
        weight: pick(body.weight, current.weight),
        state: pick(body.state, current.state),
        completed_on: next.completedOn,
        visibility: pick(body.visibility, current.visibility),
        updated_at: this.clock.now().toISOString(),
      });
      return presentGoal(await this.forest(repo), id, today);
    });
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.deleteGoal(id))) throw notFound('goal');
  }

  async progress(id: string, asOf: string | undefined): Promise<Progress> {
    const forest = await this.forest();
    if (!forest.get(id)) throw notFound('goal');
    return computeProgress(forest.node(id), asOf ?? this.today());
  }

  /** Creates one slice per calendar period; all of them, or none. */
  async breakdown(id: string, period: CalendarPeriod): Promise<Goal[]> {
    const today = this.today();
    return this.repo.transaction(async (repo) => {
      const forest = await this.forest(repo);
      const goal = forest.get(id);
      if (!goal) throw notFound('goal');
      if (forest.children(id).length > 0)
        throw conflict('This goal already has slices; delete them to break it down again.');
      let plans: ReturnType<typeof planBreakdown>;
      try {
        plans = planBreakdown(forest.node(id), period);
      } catch (err) {
        if (err instanceof BreakdownError) throw invalidField(err.field, err.message);
        throw err;
      }
      const now = this.clock.now().toISOString();
      const rows: NewGoalRow[] = plans.map((p) => ({
        id: newId(),
        parent_id: id,
        title: sliceTitle(p.title, goal.title),
        description: '',
        why: '',
        category: goal.category,
        start_date: p.startDate,
        due_date: p.dueDate,
        ...metricColumns(p.metric),
        weight: 1,
        state: 'active',
        completed_on: null,
        visibility: goal.visibility,
        created_at: now,
        updated_at: now,
      }));
      await repo.insertGoals(rows);
      const after = await this.forest(repo);
      return rows.map((r) => presentGoal(after, r.id, today));
    });
  }
}

/** A slice's title within the 200-character limit: the goal's title gives way, the period label stays. */
function sliceTitle(planned: string, goalTitle: string): string {
  if (planned.length <= 200) return planned;
  const label = planned.slice(goalTitle.length); // " — Q2 2027", as planBreakdown appends it
  return `${goalTitle.slice(0, 200 - label.length - 1).trimEnd()}…${label}`;
}

/** A new goal starts today, or inside its parent when today lies outside it. */
function defaultStart(today: string, parent: GoalRow | undefined): string {
  if (!parent) return today;
  if (today < parent.start_date) return parent.start_date;
  if (parent.due_date !== null && today > parent.due_date) return parent.start_date;
  return today;
}
