import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

// Calendar dates are `YYYY-MM-DD` strings and timestamps ISO-8601 UTC strings in both dialects.

export interface ContentEntryTable {
  id: string;
  owner_id: OwnerId;
  kind: 'article' | 'podcast_episode' | 'video' | 'book' | 'newsletter' | 'talk' | 'paper';
  title: string;
  url: string | null;
  author: string | null;
  isbn: string | null;
  source: string | null;
  status: 'queued' | 'in_progress' | 'done' | 'abandoned';
  consumed_on: string | null;
  minutes: number | null;
  pages: number | null;
  rating: number | null;
  takeaways: string | null;
  /** JSON array of names. */
  discussed_with: string;
  /** The title, author and takeaways in lower case, one per line, for searching alike on both databases. */
  search: string;
  /** The feed item it was queued from: one entry per item (unique per owner). */
  feed_item_id: string | null;
  /** The Goodreads `Book Id` it was imported from: one entry per book (unique per owner). */
  goodreads_book_id: string | null;
  created_at: string;
  updated_at: string;
}

/** The skills an entry develops, in the order given. */
export interface ContentSkillTable {
  owner_id: OwnerId;
  content_id: string;
  skill_id: string;
  position: number;
}

export interface FeedTable {
  id: string;
  owner_id: OwnerId;
  /** The address subscribed to (as given, normalised). */
  url: string;
  title: string;
  site_url: string | null;
  /** Validators of the last answer, sent back as If-None-Match and If-Modified-Since. */
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_error: string | null;
  /**
   * Set while one app server fetches the feed (a lease, in case that server dies): no other fetch
   * of it starts before the lease ends or the fetch releases it.
   */
  claimed_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface FeedItemTable {
  id: string;
  owner_id: OwnerId;
  feed_id: string;
  /** SHA-256 of what identifies the item: its guid, else its link, else its title and date. */
  item_key: string;
  guid: string | null;
  title: string | null;
  url: string | null;
  published_at: string | null;
  /** What "newest first" sorts by: the publication time, else when the item was first seen. */
  sort_at: string;
  minutes: number | null;
  enclosure_url: string | null;
  enclosure_type: string | null;
  state: 'new' | 'queued' | 'dismissed';
  content_id: string | null;
  created_at: string;
}

export interface ContentTables {
  content_entries: ContentEntryTable;
  content_skills: ContentSkillTable;
  feeds: FeedTable;
  feed_items: FeedItemTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends ContentTables {}
}

/** What a person reads and follows is theirs alone. */
export const contentTableRules = {
  content_entries: { kind: 'owned', visible: 'owner only' },
  content_skills: { kind: 'owned', visible: 'owner only' },
  feeds: { kind: 'owned', visible: 'owner only' },
  feed_items: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof ContentTables, TableRule>;
