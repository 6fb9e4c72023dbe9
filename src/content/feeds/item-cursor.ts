import { cursorOf, keysOf } from '../../platform/http/keyset-cursor.ts';
import type { FeedItemRow, ItemPosition } from './feed.repository.ts';

/** The cursor after an item: where the next page starts. */
export const cursorAfter = (row: Pick<FeedItemRow, 'sort_at' | 'id'>): string =>
  cursorOf(row.sort_at, row.id);

/** An instant written as the database answers it (`toISOString`), and a real one. */
const isInstant = (s: string) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString() === s;

/** The position a cursor names; 400 at `cursor` for one no list gave. */
export function positionOf(cursor: string | undefined): ItemPosition | null {
  const keys = keysOf(cursor, isInstant);
  return keys && { sortAt: keys[0], id: keys[1] };
}
