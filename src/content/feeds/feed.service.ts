import type { z } from 'zod';
import type { Content } from '../../../shared/content/content.schema.ts';
import {
  FEEDS_MAX,
  type Feed,
  type FeedItem,
  type FeedWithItems,
  type InboxItem,
  type ItemPageQuery,
  type RefreshResult,
} from '../../../shared/content/feed.schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { isUniqueViolation } from '../../platform/db/errors.ts';
import { conflict, notFound } from '../../platform/http/errors.ts';
import type { RequestContext } from '../../platform/http/request-context.ts';
import { newId } from '../../platform/ids.ts';
import { presentFeed, presentInboxItem, presentItem } from './feed.presenter.ts';
import { type FeedItemRow, FeedRepository, type FeedRow } from './feed.repository.ts';
import { FeedError, toAppError, unavailable } from './feed-error.ts';
import { feedTitle, newestFirst, newItemRows, refreshFeed } from './feed-refresh.ts';
import type { FeedSource } from './feed-source.ts';
import { cursorAfter, positionOf } from './item-cursor.ts';
import { queueItem } from './queue.ts';

type Page<T> = { items: T[]; nextCursor: string | null };

/** What a feed's routes need besides the request: where feeds come from, and the time. */
export interface FeedDeps {
  source: FeedSource;
  clock: Clock;
}

/** A person's feeds: following, refreshing, reading their items, queueing and dismissing them. */
export class FeedService {
  private readonly repo: FeedRepository;

  constructor(
    private readonly ctx: RequestContext,
    private readonly deps: FeedDeps,
  ) {
    this.repo = new FeedRepository(ctx.scope);
  }

  async list(): Promise<Feed[]> {
    return (await this.repo.list()).map((row) => presentFeed(row, row.new_items));
  }

  /** Follows the feed at `address`, fetched once now; nothing is kept when that fails. */
  async subscribe(address: string): Promise<z.infer<typeof FeedWithItems>> {
    const url = new URL(address).href;
    await this.checkRoom(this.repo, url);
    const reading = await this.deps.source.read(url, null).catch(rethrowFeedError);
    // A first fetch sends no validators, so fetchFeed already refuses a 304 to it; this tells tsc.
    if (reading.kind !== 'fetched')
      throw toAppError(unavailable("The feed's server answered 304 Not Modified."));
    const now = this.ctx.now().toISOString();
    const feed: FeedRow = {
      id: newId(),
      url,
      title: feedTitle(reading.feed, url),
      site_url: reading.feed.siteUrl,
      etag: reading.validators.etag,
      last_modified: reading.validators.lastModified,
      last_fetched_at: now,
      last_error: null,
      claimed_until: null,
      created_at: now,
      updated_at: now,
    };
    const items = newItemRows(reading.feed, feed.id, now, new Set());
    try {
      await this.ctx.scope.serialized(async (scope) => {
        const repo = new FeedRepository(scope);
        // Checked again under the owner's lock: another request may have subscribed meanwhile.
        await this.checkRoom(repo, url);
        await repo.insertFeeds([feed]);
        await repo.insertItems(items);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw alreadyFollowed();
      throw err;
    }
    return { ...presentFeed(feed, items.length), items: items.map(presentItem) };
  }

  async remove(id: string): Promise<void> {
    if (!(await this.repo.deleteFeed(id))) throw notFound('feed');
  }

  async refresh(id: string): Promise<z.infer<typeof RefreshResult>> {
    const outcome = await refreshFeed(this.ctx.scope, id, this.deps.source, this.deps.clock).catch(
      rethrowFeedError,
    );
    if (outcome.kind === 'gone') throw notFound('feed');
    if (outcome.kind === 'busy')
      throw conflict('This feed is being fetched right now. Try again in a moment.');
    // Unsubscribed while it was being fetched.
    const feed = await this.repo.find(id);
    if (!feed) throw notFound('feed');
    return {
      feed: presentFeed(feed, await this.repo.newItemCount(id)),
      notModified: outcome.notModified,
      added: outcome.added.sort(newestFirst).map(presentItem),
    };
  }

  async items(feedId: string, page: z.infer<typeof ItemPageQuery>): Promise<Page<FeedItem>> {
    if (!(await this.repo.find(feedId))) throw notFound('feed');
    return this.page({ feedId }, page, presentItem);
  }

  async inbox(page: z.infer<typeof ItemPageQuery>): Promise<Page<InboxItem>> {
    return this.page({ state: 'new' }, page, presentInboxItem);
  }

  async queue(itemId: string): Promise<{ item: FeedItem; content: Content }> {
    return queueItem(this.ctx, itemId);
  }

  async dismiss(itemId: string): Promise<FeedItem> {
    const item = await this.repo.findItem(itemId);
    if (!item) throw notFound('feed item');
    await this.repo.setItemState(itemId, 'dismissed');
    return presentItem({ ...item, state: 'dismissed' });
  }

  private async page<T>(
    where: { feedId: string } | { state: 'new' },
    page: z.infer<typeof ItemPageQuery>,
    present: (row: FeedItemRow & { feed_title: string }) => T,
  ): Promise<Page<T>> {
    const limit = page.limit ?? null;
    const rows = await this.repo.items(where, positionOf(page.cursor), limit === null ? null : limit + 1);
    const more = limit !== null && rows.length > limit;
    const shown = more ? rows.slice(0, limit) : rows;
    return { items: shown.map(present), nextCursor: more ? cursorAfter(shown.at(-1)!) : null };
  }

  /** 409 when the person already follows `url`, or follows as many feeds as one may. */
  private async checkRoom(repo: FeedRepository, url: string): Promise<void> {
    if ((await repo.urls()).has(url)) throw alreadyFollowed();
    if ((await repo.count()) >= FEEDS_MAX) {
      throw conflict(`You follow ${FEEDS_MAX} feeds, the most one person can. Unsubscribe from one first.`);
    }
  }
}

const alreadyFollowed = () => conflict('You already follow this feed.');

/** A feed that cannot be read is the API's 400, 502 or 422; anything else stays what it is. */
function rethrowFeedError(err: unknown): never {
  if (err instanceof FeedError) throw toAppError(err);
  throw err;
}
