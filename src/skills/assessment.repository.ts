import type { Selectable } from 'kysely';
import type { OwnerScope, ReadView } from '../platform/access/access.ts';
import type { AssessmentTable, TargetTable } from './skill.table.ts';

export type AssessmentRow = Omit<Selectable<AssessmentTable>, 'owner_id'>;
export type TargetRow = Omit<Selectable<TargetTable>, 'owner_id'>;

const ASSESSMENT_COLUMNS = [
  'id',
  'skill_id',
  'level',
  'source',
  'assessor',
  'note',
  'date',
  'created_at',
] as const;
const TARGET_COLUMNS = ['id', 'role_id', 'target_date', 'created_at'] as const;

/**
 * A person's assessments read through their own scope, or through a view of them another person
 * was given (a mentor she shares her skills with), which shows them only along such a tie.
 */
export class AssessmentReader {
  constructor(private readonly source: OwnerScope | ReadView) {}

  /** Assessments of one skill, or of every skill, oldest first (by date, then as recorded). */
  assessments(skillId?: string): Promise<AssessmentRow[]> {
    let q = this.source.selectFrom('assessments').select(ASSESSMENT_COLUMNS);
    if (skillId !== undefined) q = q.where('skill_id', '=', skillId);
    return q.orderBy('date').orderBy('created_at').orderBy('id').execute();
  }
}

/** A person's assessments of their skills and their target roles, through their scope. */
export class AssessmentRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** Assessments of one skill, or of every skill, oldest first (by date, then as recorded). */
  assessments(skillId?: string): Promise<AssessmentRow[]> {
    return new AssessmentReader(this.scope).assessments(skillId);
  }

  findAssessment(id: string): Promise<AssessmentRow | undefined> {
    return this.scope
      .selectFrom('assessments')
      .select(ASSESSMENT_COLUMNS)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async insertAssessment(row: AssessmentRow): Promise<void> {
    await this.scope.insert('assessments', [row]);
  }

  async deleteAssessment(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('assessments').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  targets(): Promise<TargetRow[]> {
    return this.scope
      .selectFrom('targets')
      .select(TARGET_COLUMNS)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  findTarget(id: string): Promise<TargetRow | undefined> {
    return this.scope.selectFrom('targets').select(TARGET_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  async insertTarget(row: TargetRow): Promise<void> {
    await this.scope.insert('targets', [row]);
  }

  async deleteTarget(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('targets').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }
}
