import type { Content } from '../../shared/content/content.schema.ts';
import { ContentService } from '../content/content.service.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { type Column, toCsv } from './csv.ts';
import { namesOf, skillNames } from './skill-names.ts';

type Row = Content & { skills: string[] };

const COLUMNS: readonly Column<Row>[] = [
  { header: 'id', cell: (c) => c.id },
  { header: 'kind', cell: (c) => c.kind },
  { header: 'title', cell: (c) => c.title },
  { header: 'author', cell: (c) => c.author },
  { header: 'url', cell: (c) => c.url },
  { header: 'isbn', cell: (c) => c.isbn },
  { header: 'source', cell: (c) => c.source },
  { header: 'status', cell: (c) => c.status },
  { header: 'consumed on', cell: (c) => c.consumedOn },
  { header: 'minutes', cell: (c) => c.minutes },
  { header: 'pages', cell: (c) => c.pages },
  { header: 'rating', cell: (c) => c.rating },
  { header: 'takeaways', cell: (c) => c.takeaways },
  { header: 'skills', cell: (c) => c.skills },
  { header: 'discussed with', cell: (c) => c.discussedWith },
  { header: 'created at', cell: (c) => c.createdAt },
  { header: 'updated at', cell: (c) => c.updatedAt },
];

/**
 * Every content entry in the log's order (in progress, the queue, then the rest by date): the
 * entries and every entry's skills in two queries, the skills' names in a third.
 */
export async function contentCsv(ctx: RequestContext): Promise<string> {
  const entries = await new ContentService(ctx).list({});
  const names = await skillNames(
    ctx.scope,
    entries.flatMap((e) => e.skillIds),
  );
  return toCsv(
    COLUMNS,
    entries.map((e) => ({ ...e, skills: namesOf(e.skillIds, names) })),
  );
}
