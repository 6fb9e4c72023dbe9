// The secret of a calendar feed's address: 32 random bytes in base64url, kept only as its hash
// (the same hash as sessions, API tokens and feedback links).
import { randomBytes } from 'node:crypto';
import { hashSecret } from '../accounts/secrets.ts';

/** 32 bytes are 43 base64url characters, without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new feed token and the hash stored in its place. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

/** The hash to look a token up by; null for anything no feed address could carry (not worth a query). */
export const feedTokenHash = (token: string): string | null =>
  TOKEN_PATTERN.test(token) ? hashSecret(token) : null;

/** The path a calendar app subscribes to. */
export const feedPath = (token: string): string => `/calendar/${token}.ics`;

/** Path prefixes whose next segment is a feed's token, for the logs to redact. */
export const FEED_PATHS = ['/calendar/'] as const;
