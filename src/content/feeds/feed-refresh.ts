// One refresh of one feed, the same whether a person asked for it or the background job did: claim
// the feed (so one fetch of it runs at a time, on every app server), fetch it outside any
// transaction, then keep what it brought in one transaction and let the claim go.
import { createHash } from 'node:crypto';
import { TITLE_MAX } from '../../../shared/content/content.schema.ts';
import type { OwnerScope } from '../../platform/access/access.ts';
import type { Clock } from '../../platform/clock.ts';
import { newId } from '../../platform/ids.ts';
import { type FeedItemRow, FeedRepository } from './feed.repository.ts';
import { FeedError } from './feed-error.ts';
import type { FeedSource } from './feed-source.ts';
import type { ParsedFeed } from './parse/feed-parser.ts';

/** The stored key of an item: a hash of what identifies it, so any guid or link fits an index. */
export const itemKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * Rows for the items of `feed` whose keys are not in `known`, newest first by `sort_at`. Items are
 * numbered from the last in the document to the first, so among items of one instant (a feed
 * without dates) the first in the document, usually the newest, sorts first.
 */
export function newItemRows(
  feed: ParsedFeed,
  feedId: string,
  now: string,
  known: Set<string>,
): FeedItemRow[] {
  const rows: FeedItemRow[] = [];
  for (const item of [...feed.items].reverse()) {
    const key = itemKey(item.key);
    if (known.has(key)) continue;
    rows.push({
      id: newId(),
      feed_id: feedId,
      item_key: key,
      guid: item.guid,
      title: item.title,
      url: item.url,
      published_at: item.publishedAt,
      sort_at: item.publishedAt ?? now,
      minutes: item.minutes,
      enclosure_url: item.enclosure?.url ?? null,
      enclosure_type: item.enclosure?.type ?? null,
      state: 'new',
      content_id: null,
      created_at: now,
    });
  }
  return rows.sort(newestFirst);
}

/** By `sort_at`, then id, both descending: the order the item lists answer in. */
export function newestFirst(a: FeedItemRow, b: FeedItemRow): number {
  if (a.sort_at !== b.sort_at) return a.sort_at < b.sort_at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** A feed's title: its own, else its address's host. */
export const feedTitle = (feed: ParsedFeed | null, url: string): string =>
  (feed?.title ?? new URL(url).hostname).slice(0, TITLE_MAX);

export type RefreshOutcome =
  | { kind: 'refreshed'; notModified: boolean; added: FeedItemRow[] }
  /** Another fetch of the feed is running. */
  | { kind: 'busy' }
  /** No such feed (any more). */
  | { kind: 'gone' };

/**
 * Refreshes the feed `feedId` of the scope's owner; with `dueBefore`, only if it was not fetched
 * since (else it is `busy`: someone else just did). A fetch that fails is recorded on the feed
 * (`lastError`, `lastFetchedAt`) and thrown as the FeedError it is.
 */
export async function refreshFeed(
  scope: OwnerScope,
  feedId: string,
  source: FeedSource,
  clock: Clock,
  dueBefore?: string,
): Promise<RefreshOutcome> {
  const repo = new FeedRepository(scope);
  const started = clock.now();
  const claimed = await repo.claim(
    feedId,
    started.toISOString(),
    new Date(started.getTime() + source.leaseMs).toISOString(),
    dueBefore,
  );
  if (!claimed) return (await repo.find(feedId)) ? { kind: 'busy' } : { kind: 'gone' };
  const feed = (await repo.find(feedId))!;
  try {
    const reading = await source.read(feed.url, { etag: feed.etag, lastModified: feed.last_modified });
    const now = clock.now().toISOString();
    if (reading.kind === 'not_modified') {
      await repo.updateFeed(feedId, {
        last_fetched_at: now,
        last_error: null,
        claimed_until: null,
        updated_at: now,
      });
      return { kind: 'refreshed', notModified: true, added: [] };
    }
    const added = await scope.transaction(async (trx) => {
      const inTrx = new FeedRepository(trx);
      const rows = newItemRows(reading.feed, feedId, now, await inTrx.itemKeys(feedId));
      await inTrx.insertItems(rows);
      await inTrx.updateFeed(feedId, {
        title: feedTitle(reading.feed, feed.url),
        site_url: reading.feed.siteUrl,
        etag: reading.validators.etag,
        last_modified: reading.validators.lastModified,
        last_fetched_at: now,
        last_error: null,
        claimed_until: null,
        updated_at: now,
      });
      return rows;
    });
    return { kind: 'refreshed', notModified: false, added };
  } catch (err) {
    const now = clock.now().toISOString();
    const failure = err instanceof FeedError ? { last_error: err.sentence, last_fetched_at: now } : {};
    // Let the claim go even when the failure is ours, so the next refresh need not wait for the lease.
    await repo.updateFeed(feedId, { ...failure, claimed_until: null, updated_at: now }).catch(() => {});
    throw err;
  }
}
