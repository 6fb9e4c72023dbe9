import type { TableRule } from '../platform/access/rules.ts';
import type { OwnerId } from '../platform/db/tables.ts';

/**
 * A person's calendar feed: at most one, so the owner is the key. Its address's secret is kept
 * only as a hash (`token_hash`), which makes it a credential table: the feed's address finds its
 * owner by that hash before anyone is known, as sessions and API tokens are found.
 */
export interface CalendarFeedTable {
  owner_id: OwnerId;
  /** SHA-256 (hex) of the address's token; the token itself is shown once and never stored. */
  token_hash: string;
  created_at: string;
}

export interface CalendarTables {
  calendar_feeds: CalendarFeedTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends CalendarTables {}
}

/** A feed is its owner's alone; a calendar app reaches it only by its token's hash. */
export const calendarTableRules = {
  calendar_feeds: { kind: 'owned', visible: 'owner only' },
} as const satisfies Record<keyof CalendarTables, TableRule>;
