import { AppError, invalidField } from '../../platform/http/errors.ts';

/**
 * Why a feed could not be read: its address is refused (a scheme other than http/https, a private
 * address), it could not be fetched (network, timeout, status, redirects, size), or what came back
 * is not a feed. Messages are plain, for people; a refusal's reads as the end of a sentence about
 * the address ("url: points at …").
 */
export class FeedError extends Error {
  constructor(
    readonly problem: 'refused' | 'unavailable' | 'invalid',
    message: string,
  ) {
    super(message);
    this.name = 'FeedError';
  }

  /** The whole sentence, as a feed's `lastError` keeps it. */
  get sentence(): string {
    return this.problem === 'refused' ? `The feed's address ${this.message}.` : this.message;
  }
}

export const refused = (message: string) => new FeedError('refused', message);
export const unavailable = (message: string) => new FeedError('unavailable', message);
export const invalid = (message: string) => new FeedError('invalid', message);

/** The API's answer to a feed that could not be read: 400 at `url`, 502 or 422. */
export function toAppError(err: FeedError): AppError {
  if (err.problem === 'refused') return invalidField('url', err.message);
  if (err.problem === 'unavailable') return new AppError(502, 'feed_unavailable', err.message);
  return new AppError(422, 'feed_invalid', err.message);
}
