// The unsubscribe link's token: the person's id and an HMAC-SHA256 of it under the instance's
// session secret, so the link works without signing in, and only for the person it was sent to.
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Path prefixes whose next segment is an unsubscribe token: redacted from the logs. */
export const UNSUBSCRIBE_PATHS = ['/unsubscribe/'] as const;

// The same secret signs session cookies: a purpose of its own in what is signed keeps an
// unsubscribe MAC from ever being a valid signature of anything else.
const mac = (userId: string, secret: string) =>
  createHmac('sha256', secret).update(`trellis digest unsubscribe\n${userId}`).digest('base64url');

/** `<user id>.<mac>`: the id says whom to look up, the MAC that the link was ours. */
export const unsubscribeToken = (userId: string, secret: string): string =>
  `${userId}.${mac(userId, secret)}`;

/** The person a token was made for, or null when it was not made with this secret. */
export function userOfToken(token: string, secret: string): string | null {
  const dot = token.lastIndexOf('.');
  if (dot <= 0) return null;
  const userId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(userId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? userId : null;
}

/** The address of the unsubscribe page (and one-click target) under the public origin. */
export const unsubscribePath = (token: string): string => `/unsubscribe/${token}`;
