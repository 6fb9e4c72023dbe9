import { type Selectable, sql } from 'kysely';
import type { OwnerScope } from '../platform/access/access.ts';
import type { ContentEntryTable } from './content.table.ts';

export type ContentRow = Omit<Selectable<ContentEntryTable>, 'owner_id'>;
export type ContentPatch = Partial<Omit<ContentRow, 'id' | 'created_at'>>;

const COLUMNS = [
  'id',
  'kind',
  'title',
  'url',
  'author',
  'isbn',
  'source',
  'status',
  'consumed_on',
  'minutes',
  'pages',
  'rating',
  'takeaways',
  'discussed_with',
  'search',
  'feed_item_id',
  'goodreads_book_id',
  'created_at',
  'updated_at',
] as const;

export interface ContentFilter {
  kind?: ContentRow['kind'];
  status?: ContentRow['status'];
  skillId?: string;
  /** Lower case, matched inside the title, author and takeaways. */
  q?: string;
}

/** What the search column holds: the title, author and takeaways in lower case, one per line. */
export const searchText = (row: Pick<ContentRow, 'title' | 'author' | 'takeaways'>): string =>
  [row.title, row.author ?? '', row.takeaways ?? ''].join('\n').toLowerCase();

/** `%` and `_` match themselves: the pattern finds the words as typed. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A person's content entries and the skills each develops, through their scope. */
export class ContentRepository {
  constructor(private readonly scope: OwnerScope) {}

  /**
   * The entries that pass the filter: in progress first, then the queue (both newest added first),
   * then the rest (done, abandoned) most recently consumed first, those without a date last.
   */
  list(filter: ContentFilter): Promise<ContentRow[]> {
    let q = this.scope.selectFrom('content_entries').select(COLUMNS);
    if (filter.kind) q = q.where('kind', '=', filter.kind);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.q) q = q.where(sql<boolean>`search like ${likePattern(filter.q)} escape '\\'`);
    if (filter.skillId) {
      const skillId = filter.skillId;
      q = q.where('id', 'in', (eb) =>
        eb.selectFrom('content_skills').select('content_id').where('skill_id', '=', skillId),
      );
    }
    return q
      .orderBy(sql`case status when 'in_progress' then 0 when 'queued' then 1 else 2 end`)
      .orderBy(sql`case when consumed_on is null then 1 else 0 end`)
      .orderBy('consumed_on', 'desc')
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  find(id: string): Promise<ContentRow | undefined> {
    return this.scope.selectFrom('content_entries').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  findByFeedItem(feedItemId: string): Promise<ContentRow | undefined> {
    return this.scope
      .selectFrom('content_entries')
      .select(COLUMNS)
      .where('feed_item_id', '=', feedItemId)
      .executeTakeFirst();
  }

  /** Every entry imported from Goodreads, by its Book Id. */
  async goodreadsEntries(): Promise<Map<string, ContentRow>> {
    const rows = await this.scope
      .selectFrom('content_entries')
      .select(COLUMNS)
      .where('goodreads_book_id', 'is not', null)
      .execute();
    return new Map(rows.map((r) => [r.goodreads_book_id!, r]));
  }

  /** The skill ids of the entries (all of the person's when `ids` is left out), in their order. */
  async skillIds(ids?: readonly string[]): Promise<Map<string, string[]>> {
    if (ids && ids.length === 0) return new Map();
    let q = this.scope.selectFrom('content_skills').select(['content_id', 'skill_id']);
    if (ids) q = q.where('content_id', 'in', ids);
    const rows = await q.orderBy('content_id').orderBy('position').execute();
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.content_id, [...(out.get(r.content_id) ?? []), r.skill_id]);
    return out;
  }

  async insert(rows: ContentRow[]): Promise<void> {
    await this.scope.insert('content_entries', rows);
  }

  async update(id: string, patch: ContentPatch): Promise<void> {
    await this.scope.updateTable('content_entries').set(patch).where('id', '=', id).execute();
  }

  /** Replaces the entry's skills with `skillIds`, in that order. */
  async setSkills(id: string, skillIds: readonly string[]): Promise<void> {
    await this.scope.deleteFrom('content_skills').where('content_id', '=', id).execute();
    await this.scope.insert(
      'content_skills',
      skillIds.map((skill_id, position) => ({ content_id: id, skill_id, position })),
    );
  }

  async delete(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('content_entries').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * Entries done per date from `from` to `to` (by the day they were finished), with their minutes
   * and pages added up, grouped in SQL: what a period report reads.
   */
  async doneByDate(
    from: string,
    to: string,
  ): Promise<{ date: string; done: number; minutes: number; pages: number }[]> {
    const rows = await this.scope
      .selectFrom('content_entries')
      .select([
        'consumed_on',
        (eb) => eb.fn.countAll<number | string>().as('done'),
        (eb) => eb.fn.sum<number | string | null>('minutes').as('minutes'),
        (eb) => eb.fn.sum<number | string | null>('pages').as('pages'),
      ])
      .where('status', '=', 'done')
      .where('consumed_on', '>=', from)
      .where('consumed_on', '<=', to)
      .groupBy('consumed_on')
      .execute();
    return rows.map((r) => ({
      date: r.consumed_on!,
      done: Number(r.done),
      minutes: Number(r.minutes ?? 0),
      pages: Number(r.pages ?? 0),
    }));
  }
}
