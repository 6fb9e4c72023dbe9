import type { Feed, FeedItem, InboxItem } from '../../../shared/content/feed.schema.ts';
import type { FeedItemRow, FeedRow } from './feed.repository.ts';

export const presentFeed = (row: FeedRow, newItems: number): Feed => ({
  id: row.id,
  url: row.url,
  title: row.title,
  siteUrl: row.site_url,
  lastFetchedAt: row.last_fetched_at,
  lastError: row.last_error,
  newItems: Number(newItems),
  createdAt: row.created_at,
});

export const presentItem = (row: FeedItemRow): FeedItem => ({
  id: row.id,
  feedId: row.feed_id,
  guid: row.guid,
  title: row.title,
  url: row.url,
  publishedAt: row.published_at,
  minutes: row.minutes,
  enclosureUrl: row.enclosure_url,
  state: row.state,
  contentId: row.content_id,
});

export const presentInboxItem = (row: FeedItemRow & { feed_title: string }): InboxItem => ({
  ...presentItem(row),
  feedTitle: row.feed_title,
});
