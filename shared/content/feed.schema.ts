// Feeds a person follows (RSS 2.0, RSS 1.0, Atom, podcasts), their items, and the imports of
// subscriptions (OPML) and reading lists (Goodreads).
import { z } from 'zod';
import { PageQuery, Timestamp } from '../http/common.schema.ts';
import { Content, HttpUrl } from './content.schema.ts';

export const FEED_ITEM_STATES = ['new', 'queued', 'dismissed'] as const;

/** Feeds one person may follow. */
export const FEEDS_MAX = 500;
/** The largest feed the server fetches, in bytes (after decompression). */
export const FEED_MAX_BYTES = 5 * 1024 * 1024;
/** Redirects one fetch follows. */
export const FEED_MAX_REDIRECTS = 5;
/** The largest OPML file or Goodreads export taken, in bytes. */
export const OPML_MAX_BYTES = 1024 * 1024;
export const GOODREADS_MAX_BYTES = 10 * 1024 * 1024;

export const Feed = z.object({
  id: z.string(),
  url: z.string().describe('The address subscribed to'),
  title: z.string(),
  siteUrl: z.string().nullable().describe('The site the feed belongs to'),
  lastFetchedAt: Timestamp.nullable().describe('When it was last fetched, whether or not that worked'),
  lastError: z.string().nullable().describe('Why the last fetch failed; null when it worked'),
  newItems: z.number().int().describe('Items neither queued nor dismissed'),
  createdAt: Timestamp,
});
export type Feed = z.infer<typeof Feed>;

export const FeedItem = z.object({
  id: z.string(),
  feedId: z.string(),
  guid: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: Timestamp.nullable(),
  minutes: z.number().int().nullable().describe('From itunes:duration'),
  enclosureUrl: z.string().nullable().describe('The audio or video file of an episode'),
  state: z.enum(FEED_ITEM_STATES),
  contentId: z.string().nullable().describe('The content entry it was queued as'),
});
export type FeedItem = z.infer<typeof FeedItem>;

export const InboxItem = FeedItem.extend({ feedTitle: z.string() });
export type InboxItem = z.infer<typeof InboxItem>;

export const FeedWithItems = Feed.extend({
  items: z.array(FeedItem).describe('Newest first'),
});

export const RefreshResult = z.object({
  feed: Feed,
  notModified: z.boolean().describe('The server answered 304: nothing changed'),
  added: z.array(FeedItem).describe('The items this fetch found that were not there before, newest first'),
});

export const SubscribeBody = z.strictObject({ url: HttpUrl });

export const ItemPageQuery = z.strictObject(PageQuery);

export const QueueResult = z.object({ item: FeedItem, content: Content });

export const OpmlImportSummary = z.object({
  added: z.number().int().describe('Feeds subscribed to now'),
  existing: z.number().int().describe('Feeds already subscribed to (or listed twice)'),
  invalid: z.number().int().describe('Outlines whose xmlUrl is no http(s) address a feed may live at'),
  overLimit: z.number().int().describe(`Feeds left out because ${FEEDS_MAX} is the most one person follows`),
});

export const SkippedRow = z.object({
  row: z.number().int().describe('The data row, from 1 (the header not counted)'),
  reason: z.string(),
});
export const GoodreadsImportSummary = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  skipped: z.array(SkippedRow),
});
