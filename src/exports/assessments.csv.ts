import { levelName } from '../../shared/skills/levels.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { AssessmentRepository, type AssessmentRow } from '../skills/assessment.repository.ts';
import { type Column, toCsv } from './csv.ts';
import { skillNames } from './skill-names.ts';

type Row = AssessmentRow & { skill: string };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (a) => a.id },
  { header: 'date', cell: (a) => a.date },
  { header: 'skill id', cell: (a) => a.skill_id },
  { header: 'skill', cell: (a) => a.skill },
  { header: 'level', cell: (a) => a.level },
  { header: 'level name', cell: (a) => levelName(a.level) },
  { header: 'source', cell: (a) => a.source },
  { header: 'assessor', cell: (a) => a.assessor },
  { header: 'note', cell: (a) => a.note },
  { header: 'created at', cell: (a) => a.created_at },
];

/** Every assessment of the person's skills, oldest first, with the skill's name: two queries. */
export async function assessmentsCsv(ctx: RequestContext): Promise<string> {
  const rows = await new AssessmentRepository(ctx.scope).assessments();
  const names = await skillNames(
    ctx.scope,
    rows.map((r) => r.skill_id),
  );
  return toCsv(
    COLUMNS,
    rows.map((r) => ({ ...r, skill: names.get(r.skill_id) ?? r.skill_id })),
  );
}
