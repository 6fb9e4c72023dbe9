import type { z } from 'zod';
import type {
  AttentionItem,
  CreateGoalBody,
  Goal,
  GoalListQuery,
  ProgressWithChart,
  UpdateGoalBody,
} from '../../shared/goals/goal.schema.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { checkSeenSkills } from '../skills/seen-skills.ts';
import { checkFedMetric } from './check-in.feed.ts';
import { BreakdownError, type CalendarPeriod, planBreakdown, progressChart } from './domain/index.ts';
import { attentionList } from './goal.attention.ts';
import { GoalCache } from './goal.cache.ts';
import { GoalForest, MAX_GOAL_DEPTH, metricOf } from './goal.forest.ts';
import { presentGoal } from './goal.presenter.ts';
import { type DayPoint, GoalRepository, type GoalRow, type NewGoalRow } from './goal.repository.ts';
import { checkGoal } from './goal.rules.ts';
import { slicesToResplit } from './goal.slices.ts';

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
    private readonly ctx: RequestContext,
    private readonly cache: GoalCache<TreeData> = new GoalCache(),
  ) {
    this.repo = new GoalRepository(ctx.scope);
  }

  /** Today's date where the person lives. */
  today(): string {
    return this.ctx.today();
  }

  /** Goals oldest first, filtered, and paged when `limit` is given. */
  async list(query: z.output<typeof GoalListQuery>): Promise<{ items: Goal[]; nextCursor: string | null }> {
    let goals = await this.all();
    if (query.parentId !== undefined) goals = goals.filter((g) => g.parentId === query.parentId);
    else if (query.root) goals = goals.filter((g) => g.parentId === null);
    if (query.state) goals = goals.filter((g) => g.state === query.state);
    if (query.skillId) goals = goals.filter((g) => g.skillIds.includes(query.skillId!));
    if (query.category) goals = goals.filter((g) => g.category === query.category);
    if (query.status) goals = goals.filter((g) => g.progress.status === query.status);
    if (query.q) {
      const words = query.q.toLocaleLowerCase().split(/\s+/);
      goals = goals.filter((g) => {
        const title = g.title.toLocaleLowerCase();
        return words.every((word) => title.includes(word));
      });
    }
    return pageOf(goals, query);
  }

  /**
   * Every goal of the person with its progress as of today, oldest first. Each tree is read from
   * the database again only when its version moved, and measured again only when that or the date
   * did (goal.cache.ts): after a check-in, one tree's check-ins are read.
   */
  private async all(): Promise<Goal[]> {
    const today = this.today();
    // Versions are read with the goals, before any check-in: what is kept is never older than its version.
    const goals = await this.repo.allGoals();
    const shape = new GoalForest(goals, []);
    const members = new Map<string, GoalRow[]>();
    const roots = new Map<string, number>();
    for (const goal of goals) {
      const top = shape.get(shape.topOf(goal.id))!;
      // A goal inside a cycle left in stored data has no top-level goal: it is read again always.
      const key = top.parent_id === null ? top.id : UNROOTED;
      const list = members.get(key);
      if (list) list.push(goal);
      else members.set(key, [goal]);
      roots.set(key, top.parent_id === null ? top.tree_version : Number.NaN);
    }
    const trees = await this.cache.trees(this.ctx.actor.id, today, roots, {
      load: async (rootIds) => {
        const rows = rootIds.flatMap((root) => members.get(root) ?? []);
        // Every tree at once (a first visit): the person's points in one query, by owner.
        const points = await this.repo.dayPoints(
          rootIds.length === roots.size ? null : rows.map((g) => g.id),
        );
        const rootOfGoal = new Map(
          rootIds.flatMap((root) => (members.get(root) ?? []).map((g) => [g.id, root])),
        );
        const data = new Map<string, TreeData>(
          rootIds.map((root) => [root, { rows: members.get(root) ?? [], points: [] }]),
        );
        for (const point of points) data.get(rootOfGoal.get(point.goal_id)!)?.points.push(point);
        return data;
      },
      show: ({ rows, points }, asOf) => {
        const forest = new GoalForest(rows, points);
        return rows.map((g) => presentGoal(forest, g.id, asOf));
      },
      sizeOf: ({ rows, points }) => rows.length + points.length,
    });
    return trees.flat().sort(byCreation);
  }

  /** Goals that need attention, worst first. */
  async attention(): Promise<AttentionItem[]> {
    return attentionList(await this.all(), this.today());
  }

  /** One goal, read with the goals below it and nothing else the person owns. */
  async get(id: string): Promise<Goal> {
    const forest = await GoalForest.loadSubtrees(this.repo, [id]);
    if (!forest.get(id)) throw notFound('goal');
    return presentGoal(forest, id, this.today());
  }

  async create(body: CreateGoalBody): Promise<Goal> {
    const today = this.today();
    return this.repo.serialized(async (repo) => {
      const forest = await GoalForest.loadGoals(repo);
      const parent = body.parentId ? forest.get(body.parentId) : undefined;
      const startDate = body.startDate ?? defaultStart(today, parent);
      const dueDate = body.dueDate !== undefined ? body.dueDate : (parent?.due_date ?? null);
      const metric = body.metric ?? null;
      const completedOn = body.completedOn ?? null;
      checkGoal(
        {
          id: null,
          parentId: body.parentId ?? null,
          startDate,
          dueDate,
          metric,
          completedOn,
          startGiven: body.startDate !== undefined || parent !== undefined,
        },
        forest,
        today,
        null,
      );
      const now = this.ctx.now().toISOString();
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
        ...inheritedState(body.state, parent),
        completed_on: completedOn,
        visibility: body.visibility ?? parent?.visibility ?? 'private',
        skill_ids: JSON.stringify(await checkSkills(repo, body.skillIds ?? [])),
        created_at: now,
        updated_at: now,
      };
      await repo.insertGoals([row]);
      if (row.parent_id !== null) await repo.touchTreeOf(row.parent_id);
      // A new goal has no slices and no check-ins yet: nothing more to read to show it.
      return presentGoal(new GoalForest([{ skill_ids: '[]', ...row, tree_version: 0 }], []), row.id, today);
    });
  }

  async update(id: string, body: UpdateGoalBody): Promise<Goal> {
    const today = this.today();
    return this.repo.serialized(async (repo) => {
      const forest = await GoalForest.loadGoals(repo);
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
      if (body.metric !== undefined) await checkFedMetric(repo, id, metricOf(current), next.metric);
      checkGoal(next, forest, today, await repo.earliestCheckIn(id));
      const slices = forest.children(id);
      const resplit = slicesToResplit(current, next, slices, body.slices);
      await repo.touchTreeOf(id); // its tree as it was
      const state = pick(body.state, current.state);
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
        state,
        // Set by the person now, whoever set it before.
        state_set_by: body.state === undefined ? current.state_set_by : null,
        completed_on: next.completedOn,
        visibility: pick(body.visibility, current.visibility),
        ...(body.skillIds !== undefined
          ? { skill_ids: JSON.stringify(await checkSkills(repo, body.skillIds)) }
          : {}),
        updated_at: this.ctx.now().toISOString(),
      });
      for (const [slice, metric] of resplit) await repo.updateGoal(slice, metricColumns(metric));
      if (state !== current.state) await repo.carryState(id, forest.descendantIds(id), state);
      if (next.parentId !== current.parent_id) await repo.touchTreeOf(id); // and as it is now
      return presentGoal(await GoalForest.loadSubtrees(repo, [id]), id, today);
    });
  }

  async remove(id: string): Promise<void> {
    // Under the lock, so a check-in being added to this goal either lands first or finds it gone.
    // Thrown inside, so that a refused deletion writes nothing, not even a new data version.
    await this.repo.serialized(async (repo) => {
      await repo.touchTreeOf(id);
      if (!(await repo.deleteGoal(id))) throw notFound('goal');
    });
  }

  /** A goal's progress and chart, read with the goals below it and nothing else the person owns. */
  async progress(id: string, asOf: string | undefined): Promise<ProgressWithChart> {
    const forest = await GoalForest.loadSubtrees(this.repo, [id]);
    const row = forest.get(id);
    if (!row) throw notFound('goal');
    const date = asOf ?? this.today();
    const metric = metricOf(row);
    return {
      ...forest.progress(id, date),
      chart: metric === null ? null : progressChart(forest.node(id), metric, date),
    };
  }

  /** Creates one slice per calendar period; all of them, or none. */
  async breakdown(id: string, period: CalendarPeriod): Promise<Goal[]> {
    const today = this.today();
    return this.repo.serialized(async (repo) => {
      const forest = await GoalForest.loadGoals(repo);
      const goal = forest.get(id);
      if (!goal) throw notFound('goal');
      if (forest.children(id).length > 0)
        throw conflict('This goal already has slices; delete them to break it down again.');
      if (forest.depthOf(id) >= MAX_GOAL_DEPTH) {
        throw conflict(
          `This goal is ${MAX_GOAL_DEPTH} levels deep, the deepest goals go; its slices would be level ${MAX_GOAL_DEPTH + 1}.`,
        );
      }
      let plans: ReturnType<typeof planBreakdown>;
      try {
        plans = planBreakdown(forest.node(id), period);
      } catch (err) {
        if (err instanceof BreakdownError) throw invalidField(err.field, err.message);
        throw err;
      }
      const now = this.ctx.now().toISOString();
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
        ...inheritedState(undefined, goal),
        completed_on: null,
        visibility: goal.visibility,
        created_at: now,
        updated_at: now,
      }));
      await repo.insertGoals(rows);
      await repo.touchTreeOf(id);
      // New slices have no check-ins yet: they are shown from what was just written.
      const slices = new GoalForest(
        rows.map((r) => ({ skill_ids: '[]', ...r, tree_version: 0 })),
        [],
      );
      return rows.map((r) => presentGoal(slices, r.id, today));
    });
  }
}

/** One tree as read from the database: its goals and their check-ins, one point per goal and date. */
export interface TreeData {
  rows: GoalRow[];
  points: DayPoint[];
}

/** The key of goals in stored cycles, which have no top-level goal to version them by. */
const UNROOTED = '\u0000unrooted';

/** Oldest first: by creation time, then by id. */
const byCreation = (a: Goal, b: Goal) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The page of `rows` after `cursor`, at most `limit` long; every row when no limit is asked. */
function pageOf<R extends { id: string; createdAt: string }>(
  rows: readonly R[],
  query: { limit?: number | undefined; cursor?: string | undefined },
): { items: R[]; nextCursor: string | null } {
  let from = 0;
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    if (!after) throw invalidField('cursor', 'is not a cursor this list gave');
    from = rows.findIndex((r) => r.createdAt > after[0] || (r.createdAt === after[0] && r.id > after[1]));
    if (from === -1) from = rows.length;
  }
  if (query.limit === undefined) return { items: rows.slice(from), nextCursor: null };
  const items = rows.slice(from, from + query.limit);
  const last = items.at(-1);
  const more = from + query.limit < rows.length;
  return { items, nextCursor: more && last ? encodeCursor([last.createdAt, last.id]) : null };
}

const encodeCursor = (at: [string, string]) => Buffer.from(JSON.stringify(at)).toString('base64url');

function decodeCursor(cursor: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    const ok = Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string');
    return ok ? (value as [string, string]) : null;
  } catch {
    return null;
  }
}

/** A slice's title within the 200-character limit: the goal's title gives way, the period label stays. */
function sliceTitle(planned: string, goalTitle: string): string {
  if (planned.length <= 200) return planned;
  const label = planned.slice(goalTitle.length); // " — Q2 2027", as planBreakdown appends it
  return `${goalTitle.slice(0, 200 - label.length - 1).trimEnd()}…${label}`;
}

/**
 * A new goal's state: as asked, else its parent's when that is paused or abandoned (set by the
 * parent, or by whatever set the parent's), else active.
 */
function inheritedState(
  asked: GoalRow['state'] | undefined,
  parent: GoalRow | undefined,
): Pick<NewGoalRow, 'state' | 'state_set_by'> {
  if (asked !== undefined || !parent || parent.state === 'active') {
    return { state: asked ?? 'active', state_set_by: null };
  }
  return { state: parent.state, state_set_by: parent.state_set_by ?? parent.id };
}

/** The skill ids, each one the person can see (the catalogue's, or their own); else 400 at it. */
async function checkSkills(repo: GoalRepository, ids: readonly string[]): Promise<string[]> {
  await checkSeenSkills(repo.scope, ids);
  return [...ids];
}

/** A new goal starts today, or inside its parent when today lies outside it. */
function defaultStart(today: string, parent: GoalRow | undefined): string {
  if (!parent) return today;
  if (today < parent.start_date) return parent.start_date;
  if (parent.due_date !== null && today > parent.due_date) return parent.start_date;
  return today;
}
