import type { RequestContext } from '../platform/http/request-context.ts';
import { PracticeRepository, type PracticeRow } from '../practice/practice.repository.ts';
import { type Column, toCsv } from './csv.ts';
import { namesOf, skillNames } from './skill-names.ts';

type Row = PracticeRow & { skills: string[] };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (p) => p.id },
  { header: 'date', cell: (p) => p.date },
  { header: 'minutes', cell: (p) => p.minutes },
  { header: 'title', cell: (p) => p.title },
  { header: 'skills', cell: (p) => p.skills },
  { header: 'description', cell: (p) => p.description },
  { header: 'reflection', cell: (p) => p.reflection },
  { header: 'outcome', cell: (p) => p.outcome },
  { header: 'evidence url', cell: (p) => p.evidence_url },
  { header: 'goal id', cell: (p) => p.goal_id },
  { header: 'created at', cell: (p) => p.created_at },
  { header: 'updated at', cell: (p) => p.updated_at },
];

/** Every practice entry, newest first (as the log shows them): entries, their skills, the skills' names. */
export async function practiceCsv(ctx: RequestContext): Promise<string> {
  const repo = new PracticeRepository(ctx.scope);
  const entries = await repo.list({});
  const skillIds = await repo.skillIdsOf(entries.map((e) => e.id));
  const names = await skillNames(ctx.scope, [...skillIds.values()].flat());
  return toCsv(
    COLUMNS,
    entries.map((e) => ({ ...e, skills: namesOf(skillIds.get(e.id) ?? [], names) })),
  );
}
