import type { LearningActivity } from '../../shared/learning/learning.schema.ts';
import { LearningService } from '../learning/learning.service.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';
import { namesOf, skillNames } from './skill-names.ts';

type Row = LearningActivity & { skills: string[] };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (a) => a.id },
  { header: 'kind', cell: (a) => a.kind },
  { header: 'title', cell: (a) => a.title },
  { header: 'provider', cell: (a) => a.provider },
  { header: 'url', cell: (a) => a.url },
  { header: 'format', cell: (a) => a.format },
  { header: 'status', cell: (a) => a.status },
  { header: 'start date', cell: (a) => a.startDate },
  { header: 'end date', cell: (a) => a.endDate },
  { header: 'hours planned', cell: (a) => a.hoursPlanned },
  { header: 'hours spent', cell: (a) => a.hoursSpent },
  { header: 'cost', cell: (a) => a.cost?.amount ?? null },
  { header: 'currency', cell: (a) => a.cost?.currency ?? null },
  { header: 'skills', cell: (a) => a.skills },
  { header: 'goal id', cell: (a) => a.goalId },
  { header: 'credential id', cell: (a) => a.credential?.identifier ?? null },
  { header: 'credential url', cell: (a) => a.credential?.url ?? null },
  { header: 'issued on', cell: (a) => a.credential?.issuedOn ?? null },
  { header: 'expires on', cell: (a) => a.credential?.expiresOn ?? null },
  { header: 'created at', cell: (a) => a.createdAt },
  { header: 'updated at', cell: (a) => a.updatedAt },
];

/**
 * Every learning activity, newest first (as the list shows them), with its hours spent: the
 * activities, their skills and their minutes in three queries, the skills' names in a fourth.
 */
export async function learningCsv(ctx: RequestContext): Promise<string> {
  const activities = await new LearningService(ctx).list({});
  const names = await skillNames(
    ctx.scope,
    activities.flatMap((a) => a.skillIds),
  );
  return toCsv(
    COLUMNS,
    activities.map((a) => ({ ...a, skills: namesOf(a.skillIds, names) })),
  );
}
