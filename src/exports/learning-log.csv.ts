import { LearningRepository } from '../learning/learning.repository.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';

interface Row {
  id: string;
  activityId: string;
  activity: string | null;
  date: string;
  minutes: number;
  note: string;
  createdAt: string;
  updatedAt: string;
}

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (e) => e.id },
  { header: 'activity id', cell: (e) => e.activityId },
  { header: 'activity', cell: (e) => e.activity },
  { header: 'date', cell: (e) => e.date },
  { header: 'minutes', cell: (e) => e.minutes },
  { header: 'note', cell: (e) => e.note },
  { header: 'created at', cell: (e) => e.createdAt },
  { header: 'updated at', cell: (e) => e.updatedAt },
];

/** Every entry of the learning time log, oldest first, with its activity's title: two queries. */
export async function learningLogCsv(ctx: RequestContext): Promise<string> {
  const repo = new LearningRepository(ctx.scope);
  const [activities, entries] = await Promise.all([repo.list({}), repo.allLogs()]);
  const titleOf = new Map(activities.map((a) => [a.id, a.title]));
  return toCsv(
    COLUMNS,
    entries.map((e) => ({
      id: e.id,
      activityId: e.activity_id,
      activity: titleOf.get(e.activity_id) ?? null,
      date: e.date,
      minutes: e.minutes,
      note: e.note,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
    })),
  );
}
