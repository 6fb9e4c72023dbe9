// The secret of a feedback link: 32 random bytes in base64url, kept only as its hash (the same
// hash as sessions and API tokens).
import { randomBytes } from 'node:crypto';
import { hashSecret } from '../accounts/secrets.ts';

/** 32 bytes are 43 base64url characters, without padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new link token and the hash stored in its place. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecret(token) };
}

/** The hash to look a token up by; null for anything no link could carry (not worth a query). */
export const linkTokenHash = (token: string): string | null =>
  TOKEN_PATTERN.test(token) ? hashSecret(token) : null;

/** The path of the page that answers a link; the web app prefixes its origin. */
export const linkPath = (token: string): string => `/feedback/${token}`;

/** Path prefixes whose next segment is a link's token: the page and the API behind it. */
export const LINK_PATHS = ['/feedback/', '/api/v1/feedback/'] as const;
