import type { z } from 'zod';
import { formatDate } from '../../shared/calendar.ts';
import type { Goal } from '../../shared/goals/goal.schema.ts';
import type {
  AcceptPlanBody,
  CreateTargetBody,
  Gap,
  GapItem,
  PlanBody,
  PlannedGoal,
  Target,
} from '../../shared/skills/skill.schema.ts';
import { TARGETS_MAX } from '../../shared/skills/skill.schema.ts';
import { GoalService } from '../goals/goal.service.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { conflict, invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { AssessmentRepository, type TargetRow } from './assessment.repository.ts';
import { pointOf } from './assessment.service.ts';
import { CatalogueRepository, type RoleRow } from './catalogue.repository.ts';
import { gapLines, readiness } from './domain/gap.ts';
import { type Standing, standings } from './domain/levels.ts';
import { planDueDate, planGoals } from './domain/plan.ts';
import { presentRoleSummary, skillRef } from './skill.presenter.ts';

const NO_VIEWS: Standing['views'] = { mentor: null, manager: null, peer: null };

/** A person's target roles: how ready they are, the gap, and a plan of goals to close it. */
export class TargetService {
  private readonly targets: AssessmentRepository;
  private readonly catalogue: CatalogueRepository;

  constructor(private readonly ctx: RequestContext) {
    this.targets = new AssessmentRepository(ctx.scope);
    this.catalogue = new CatalogueRepository(ctx.scope);
  }

  async list(): Promise<Target[]> {
    const rows = await this.targets.targets();
    const levels = await this.standings();
    const roles = new Map((await this.catalogue.findRoles(rows.map((r) => r.role_id))).map((r) => [r.id, r]));
    const out: Target[] = [];
    for (const row of rows) {
      const role = roles.get(row.role_id);
      if (role) out.push(await this.present(this.catalogue, row, role, levels));
    }
    return out;
  }

  async create(body: z.output<typeof CreateTargetBody>): Promise<Target> {
    const today = this.ctx.today();
    const targetDate = body.targetDate ?? null;
    if (targetDate !== null && targetDate < today)
      throw invalidField('targetDate', `must be today (${formatDate(today)}) or later`);
    return this.ctx.scope.serialized(async (scope) => {
      const repo = new AssessmentRepository(scope);
      const role = await new CatalogueRepository(scope).findRole(body.roleId);
      if (!role) throw invalidField('roleId', 'is not a role you can see');
      const existing = await repo.targets();
      if (existing.some((t) => t.role_id === role.id))
        throw conflict(`“${role.title}” is already one of your target roles.`);
      if (existing.length >= TARGETS_MAX) {
        throw conflict(`You have ${TARGETS_MAX} target roles, the most at once: remove one to add another.`);
      }
      const row: TargetRow = {
        id: newId(),
        role_id: role.id,
        target_date: targetDate,
        created_at: this.ctx.now().toISOString(),
      };
      await repo.insertTarget(row);
      return this.present(new CatalogueRepository(scope), row, role, await this.standings(scope));
    });
  }

  async remove(id: string): Promise<void> {
    if (!(await this.targets.deleteTarget(id))) throw notFound('target role');
  }

  async gap(id: string): Promise<Gap> {
    const { role, lines } = await this.gapOf(this.ctx.scope, id);
    return { role: await this.summary(role), readiness: readiness(lines), items: lines };
  }

  async plan(id: string, body: z.output<typeof PlanBody>): Promise<{ goals: PlannedGoal[] }> {
    const { target, lines } = await this.gapOf(this.ctx.scope, id);
    return { goals: this.planOf(target, lines, body.maxSkills ?? 3, body.period ?? 'quarter') };
  }

  /**
   * Creates the planned goals for `skillIds`, each with its slices and its two steps, in one
   * transaction: all of them, or none.
   */
  async accept(id: string, body: z.output<typeof AcceptPlanBody>): Promise<{ goals: Goal[] }> {
    return this.ctx.scope.serialized(async (scope) => {
      const { target, lines } = await this.gapOf(scope, id);
      const planned = this.planOf(target, lines, lines.length, body.period ?? 'quarter');
      const chosen = body.skillIds.map((skillId, i) => {
        const goal = planned.find((p) => p.skillId === skillId);
        if (!goal) throw invalidField(`skillIds.${i}`, 'is not a skill this role still needs you to grow');
        return goal;
      });
      const goals = new GoalService({ ...this.ctx, scope });
      const created: Goal[] = [];
      for (const plan of chosen) {
        const goal = await goals.create(plan.goal);
        for (const slice of plan.slices)
          await goals.create({ ...slice, parentId: goal.id, category: 'skill' });
        const learnBy = plan.slices[0]?.dueDate ?? plan.goal.dueDate;
        for (const step of plan.steps) {
          await goals.create({
            parentId: goal.id,
            title: step.title,
            category: step.kind === 'learning' ? 'learning' : 'practice',
            startDate: plan.goal.startDate,
            dueDate: step.kind === 'learning' ? learnBy : plan.goal.dueDate,
          });
        }
        created.push(await goals.get(goal.id));
      }
      return { goals: created };
    });
  }

  private planOf(
    target: TargetRow,
    lines: readonly GapItem[],
    maxSkills: number,
    period: 'quarter' | 'month',
  ): PlannedGoal[] {
    const today = this.ctx.today();
    return planGoals(lines, { maxSkills, period, today, dueDate: planDueDate(target.target_date, today) });
  }

  /** The target, its role, and one gap line per requirement, highest priority first. */
  private async gapOf(scope: OwnerScope, id: string) {
    const target = await new AssessmentRepository(scope).findTarget(id);
    if (!target) throw notFound('target role');
    const catalogue = new CatalogueRepository(scope);
    const role = (await catalogue.findRole(target.role_id))!;
    const requirements = await catalogue.requirementsOf(role.id);
    const skills = new Map(
      (await catalogue.findSkills(requirements.map((r) => r.skill_id))).map((s) => [s.id, s]),
    );
    const levels = await this.standings(scope);
    const lines: GapItem[] = gapLines(
      requirements.flatMap((r) => {
        const skill = skills.get(r.skill_id);
        return skill ? [{ skill: skillRef(skill), level: r.level, importance: r.importance }] : [];
      }),
      (skillId) => levels.get(skillId)?.current ?? null,
    ).map((line) => ({ ...line, views: levels.get(line.skill.id)?.views ?? NO_VIEWS }));
    return { target, role, lines };
  }

  private async standings(scope: OwnerScope = this.ctx.scope) {
    return standings((await new AssessmentRepository(scope).assessments()).map(pointOf));
  }

  private async summary(role: RoleRow) {
    const counts = await this.catalogue.requirementCounts([role.id]);
    return presentRoleSummary(role, counts.get(role.id) ?? 0);
  }

  private async present(
    catalogue: CatalogueRepository,
    row: TargetRow,
    role: RoleRow,
    levels: Map<string, Standing>,
  ): Promise<Target> {
    const requirements = await catalogue.requirementsOf(role.id);
    const lines = requirements.map((r) => ({
      required: r.level,
      importance: r.importance,
      current: levels.get(r.skill_id)?.current ?? 0,
    }));
    return {
      id: row.id,
      role: presentRoleSummary(role, requirements.length),
      targetDate: row.target_date,
      readiness: readiness(lines),
      createdAt: row.created_at,
    };
  }
}
