/** Every error code the API answers with; stable, for clients to branch on. */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unavailable',
  'internal',
  /** A feed could not be fetched: network error, timeout, non-2xx answer, too many redirects, too large (502). */
  'feed_unavailable',
  /** What a feed's address answered is not a feed: an HTML page, broken XML (422). */
  'feed_invalid',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
