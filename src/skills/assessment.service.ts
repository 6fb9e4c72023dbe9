import type { z } from 'zod';
import { formatDate } from '../../shared/calendar.ts';
import { levelName } from '../../shared/skills/levels.ts';
import type { Assessment, CreateAssessmentBody, MySkill } from '../../shared/skills/skill.schema.ts';
import { CheckInService } from '../goals/check-in.service.ts';
import { GoalRepository } from '../goals/goal.repository.ts';
import type { OwnerScope, ReadView } from '../platform/access/access.ts';
import { invalidField, notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { newId } from '../platform/ids.ts';
import { AssessmentReader, AssessmentRepository, type AssessmentRow } from './assessment.repository.ts';
import { CatalogueRepository, type SkillRow, skillsOf } from './catalogue.repository.ts';
import { standings } from './domain/levels.ts';
import { compareByName } from './domain/search.ts';
import { skillRef } from './skill.presenter.ts';

export const presentAssessment = (row: AssessmentRow): Assessment => ({
  id: row.id,
  skillId: row.skill_id,
  level: row.level,
  source: row.source,
  assessor: row.assessor,
  note: row.note,
  date: row.date,
  createdAt: row.created_at,
});

export const pointOf = (row: AssessmentRow) => ({
  skillId: row.skill_id,
  level: row.level,
  source: row.source,
  date: row.date,
  createdAt: row.created_at,
});

/** A skill a person has assessments of: where she stands on it, and its assessments (oldest first). */
export interface AssessedSkill {
  standing: MySkill;
  assessments: Assessment[];
}

/**
 * Every skill a person has an assessment of, by name, with where she stands on it, read through her
 * own scope or through a view of her skills another person was given; two queries.
 */
export async function assessedSkills(source: OwnerScope | ReadView): Promise<AssessedSkill[]> {
  const all = await new AssessmentReader(source).assessments();
  const byId = standings(all.map(pointOf));
  const skills = await skillsOf(source, [...byId.keys()]);
  const history = new Map<string, Assessment[]>();
  for (const row of all) {
    const list = history.get(row.skill_id) ?? [];
    list.push(presentAssessment(row));
    history.set(row.skill_id, list);
  }
  return skills.sort(compareByName).map((skill) => ({
    standing: { skill: skillRef(skill), ...byId.get(skill.id)! },
    assessments: history.get(skill.id) ?? [],
  }));
}

/** What an assessment records besides its skill. */
export type AssessmentFields = Pick<AssessmentRow, 'level' | 'source' | 'assessor' | 'note' | 'date'>;

/**
 * Records an assessment of a skill the owner of `scope` sees (the instance's, or her own), in the
 * caller's transaction; null, having written nothing, when the skill is not one of those.
 */
export async function recordAssessment(
  scope: OwnerScope,
  skillId: string,
  fields: AssessmentFields,
  createdAt: string,
): Promise<{ row: AssessmentRow; skill: SkillRow } | null> {
  const skill = await new CatalogueRepository(scope).findSkill(skillId);
  if (!skill) return null;
  const row: AssessmentRow = { id: newId(), skill_id: skillId, ...fields, created_at: createdAt };
  await new AssessmentRepository(scope).insertAssessment(row);
  return { row, skill };
}

/** A person's assessments of their skills, and where they stand on each. */
export class AssessmentService {
  private readonly repo: AssessmentRepository;

  constructor(private readonly ctx: RequestContext) {
    this.repo = new AssessmentRepository(ctx.scope);
  }

  async list(skillId: string): Promise<Assessment[]> {
    if (!(await new CatalogueRepository(this.ctx.scope).findSkill(skillId))) throw notFound('skill');
    return (await this.repo.assessments(skillId)).map(presentAssessment);
  }

  /**
   * Records an assessment. A self-assessment is also a reading of the person's level: it checks in
   * on each of their active goals measured in "level" (the latest level counting) that develop the
   * skill and have started by its date, in the same transaction.
   */
  async create(skillId: string, body: z.output<typeof CreateAssessmentBody>): Promise<Assessment> {
    const today = this.ctx.today();
    const date = body.date ?? today;
    if (date > today) throw invalidField('date', `is in the future (today is ${formatDate(today)})`);
    return this.ctx.scope.serialized(async (scope) => {
      const recorded = await recordAssessment(
        scope,
        skillId,
        {
          level: body.level,
          source: body.source,
          assessor: body.source === 'self' ? null : (body.assessor ?? null),
          note: body.note ?? '',
          date,
        },
        this.ctx.now().toISOString(),
      );
      if (!recorded) throw notFound('skill');
      const { row, skill } = recorded;
      if (row.source === 'self') {
        const goals = (await new GoalRepository(scope).allGoals()).filter(
          (g) =>
            g.state === 'active' &&
            g.metric_aggregation === 'last' &&
            g.metric_unit?.trim().toLowerCase() === 'level' &&
            g.start_date <= date &&
            (JSON.parse(g.skill_ids) as string[]).includes(skillId),
        );
        const checkIns = new CheckInService({ ...this.ctx, scope });
        const note = `Self-assessed ${levelName(row.level)} in ${skill.name}.${row.note ? ` ${row.note}` : ''}`;
        for (const goal of goals)
          await checkIns.create(goal.id, { date, value: row.level, note: note.slice(0, 2_000) });
      }
      return presentAssessment(row);
    });
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.deleteAssessment(id))) throw notFound('assessment');
  }

  /** Every skill the person has an assessment of, by name, with where they stand on it. */
  async mySkills(): Promise<MySkill[]> {
    return (await assessedSkills(this.ctx.scope)).map((s) => s.standing);
  }
}
