import { type Selectable, sql } from 'kysely';
import type { OwnerScope } from '../../platform/access/access.ts';
import type { FeedItemTable, FeedTable } from '../content.table.ts';

export type FeedRow = Omit<Selectable<FeedTable>, 'owner_id'>;
export type FeedItemRow = Omit<Selectable<FeedItemTable>, 'owner_id'>;
export type FeedPatch = Partial<Omit<FeedRow, 'id' | 'created_at' | 'url'>>;

const FEED_COLUMNS = [
  'id',
  'url',
  'title',
  'site_url',
  'etag',
  'last_modified',
  'last_fetched_at',
  'last_error',
  'claimed_until',
  'created_at',
  'updated_at',
] as const;
const ITEM_COLUMNS = [
  'id',
  'feed_id',
  'item_key',
  'guid',
  'title',
  'url',
  'published_at',
  'sort_at',
  'minutes',
  'enclosure_url',
  'enclosure_type',
  'state',
  'content_id',
  'created_at',
] as const;

/** Where a page of items ends: the last item's sort time and id. */
export interface ItemPosition {
  sortAt: string;
  id: string;
}

/** A person's feeds and their items, through their scope. */
export class FeedRepository {
  constructor(private readonly scope: OwnerScope) {}

  /** The feeds with how many of their items are new, by title (then id). */
  list(): Promise<(FeedRow & { new_items: number })[]> {
    return this.scope
      .selectFrom('feeds')
      .select(FEED_COLUMNS)
      .select((eb) =>
        eb
          .selectFrom('feed_items')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('feed_items.feed_id', '=', 'feeds.id')
          .where('feed_items.state', '=', 'new')
          .as('new_items'),
      )
      .orderBy(sql`lower(title)`)
      .orderBy('id')
      .execute() as Promise<(FeedRow & { new_items: number })[]>;
  }

  find(id: string): Promise<FeedRow | undefined> {
    return this.scope.selectFrom('feeds').select(FEED_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  /** Every address the person follows. */
  async urls(): Promise<Set<string>> {
    const rows = await this.scope.selectFrom('feeds').select('url').execute();
    return new Set(rows.map((r) => r.url));
  }

  async count(): Promise<number> {
    const row = await this.scope
      .selectFrom('feeds')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async newItemCount(feedId: string): Promise<number> {
    const row = await this.scope
      .selectFrom('feed_items')
      .select(sql<number>`count(*)`.as('n'))
      .where('feed_id', '=', feedId)
      .where('state', '=', 'new')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async insertFeeds(rows: FeedRow[]): Promise<void> {
    await this.scope.insert('feeds', rows);
  }

  async updateFeed(id: string, patch: FeedPatch): Promise<void> {
    await this.scope.updateTable('feeds').set(patch).where('id', '=', id).execute();
  }

  async deleteFeed(id: string): Promise<boolean> {
    const r = await this.scope.deleteFrom('feeds').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * Claims the feed for one fetch until `until`, unless another fetch holds an unexpired claim, or
   * (with `fetchedBefore`) the feed was fetched since then: the job's list of due feeds may be
   * stale by the time it reaches one. One conditional UPDATE: of several app servers trying at
   * once, exactly one changes the row.
   */
  async claim(id: string, now: string, until: string, fetchedBefore?: string): Promise<boolean> {
    let q = this.scope
      .updateTable('feeds')
      .set({ claimed_until: until })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]));
    if (fetchedBefore !== undefined) {
      q = q.where((eb) =>
        eb.or([eb('last_fetched_at', 'is', null), eb('last_fetched_at', '<=', fetchedBefore)]),
      );
    }
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /** Feeds not fetched since `cutoff` (or never) and not claimed at `now`, least recently fetched first. */
  due(cutoff: string, now: string): Promise<FeedRow[]> {
    return this.scope
      .selectFrom('feeds')
      .select(FEED_COLUMNS)
      .where((eb) => eb.or([eb('last_fetched_at', 'is', null), eb('last_fetched_at', '<=', cutoff)]))
      .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]))
      .orderBy(sql`case when last_fetched_at is null then 0 else 1 end`)
      .orderBy('last_fetched_at')
      .orderBy('id')
      .execute();
  }

  /** The item keys a feed already has. */
  async itemKeys(feedId: string): Promise<Set<string>> {
    const rows = await this.scope
      .selectFrom('feed_items')
      .select('item_key')
      .where('feed_id', '=', feedId)
      .execute();
    return new Set(rows.map((r) => r.item_key));
  }

  async insertItems(rows: FeedItemRow[]): Promise<void> {
    await this.scope.insert('feed_items', rows);
  }

  findItem(id: string): Promise<FeedItemRow | undefined> {
    return this.scope.selectFrom('feed_items').select(ITEM_COLUMNS).where('id', '=', id).executeTakeFirst();
  }

  async setItemState(id: string, state: FeedItemRow['state'], contentId?: string | null): Promise<void> {
    await this.scope
      .updateTable('feed_items')
      .set({ state, ...(contentId !== undefined ? { content_id: contentId } : {}) })
      .where('id', '=', id)
      .execute();
  }

  /** An item's content entry was deleted: it no longer points at it. */
  async forgetContent(contentId: string): Promise<void> {
    await this.scope
      .updateTable('feed_items')
      .set({ content_id: null })
      .where('content_id', '=', contentId)
      .execute();
  }

  /**
   * Items newest first (by publication, else by when they were first seen), after `after`, at most
   * `limit` of them; of one feed, or the person's new items of every feed (with the feed's title).
   */
  items(
    where: { feedId: string } | { state: 'new' },
    after: ItemPosition | null,
    limit: number | null,
  ): Promise<(FeedItemRow & { feed_title: string })[]> {
    let q = this.scope
      .selectFrom('feed_items as i')
      .innerJoin('feeds as f', 'f.id', 'i.feed_id')
      .select(ITEM_COLUMNS.map((c) => `i.${c}` as const))
      .select('f.title as feed_title');
    q = 'feedId' in where ? q.where('i.feed_id', '=', where.feedId) : q.where('i.state', '=', where.state);
    if (after) {
      q = q.where((eb) =>
        eb.or([
          eb('i.sort_at', '<', after.sortAt),
          eb.and([eb('i.sort_at', '=', after.sortAt), eb('i.id', '<', after.id)]),
        ]),
      );
    }
    q = q.orderBy('i.sort_at', 'desc').orderBy('i.id', 'desc');
    return (limit === null ? q : q.limit(limit)).execute();
  }
}
