// Cursors of keyset pages: two keys (a sort key and an id), as base64url JSON, checked on the way
// back in so that a cursor no list gave is a 400 at `cursor`, never a database error.
import { invalidField } from './errors.ts';

/** The cursor of a keyset page: its two keys, base64url JSON. */
export const cursorOf = (a: string, b: string): string =>
  Buffer.from(JSON.stringify([a, b])).toString('base64url');

/**
 * The two keys a cursor names; 400 at `cursor` for one no list gave, or whose first key `first`
 * refuses (a date that is none would fail in PostgreSQL's comparison).
 */
export function keysOf(
  cursor: string | undefined,
  first: (key: string) => boolean = () => true,
): [string, string] | null {
  if (cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      first(value[0]) &&
      typeof value[1] === 'string' &&
      value[1].length > 0 &&
      value[1].length <= 64
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // Falls through to the 400 below.
  }
  throw invalidField('cursor', 'is not a cursor this list gave');
}
