import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { atUrlField, isFeedFailure } from './apiErrors.ts';

const apiError = (status: number, code: ConstructorParameters<typeof ApiError>[1]['code'], message: string) =>
  new ApiError(status, { code, message, requestId: 'req-1' });

describe('feed errors at the address field', () => {
  it.each([
    [502, 'feed_unavailable', "The feed's server answered 404 Not Found."],
    [422, 'feed_invalid', 'The address does not hold a feed: its document is <html>, not RSS or Atom.'],
    [409, 'conflict', 'You already follow this feed.'],
  ] as const)('moves a %s %s onto the url field, in its own words', (status, code, message) => {
    const moved = atUrlField(apiError(status, code, message));
    expect(moved).toBeInstanceOf(ApiError);
    expect((moved as ApiError).code).toBe('validation_failed');
    expect((moved as ApiError).issueFor('url')).toBe(message);
  });

  it('leaves other errors as they are', () => {
    const refused = new ApiError(400, {
      code: 'validation_failed',
      message: 'url: points at 10.0.0.1, a private address',
      issues: [{ path: 'url', message: 'points at 10.0.0.1, a private address' }],
      requestId: 'req-2',
    });
    const internal = apiError(500, 'internal', 'Internal error');
    const offline = new TypeError('Failed to fetch');
    expect(atUrlField(refused)).toBe(refused);
    expect(atUrlField(internal)).toBe(internal);
    expect(atUrlField(offline)).toBe(offline);
    expect(atUrlField(null)).toBeNull();
  });

  it('tells a feed that failed from a request that did', () => {
    expect(isFeedFailure(apiError(502, 'feed_unavailable', 'x'))).toBe(true);
    expect(isFeedFailure(apiError(422, 'feed_invalid', 'x'))).toBe(true);
    expect(isFeedFailure(apiError(409, 'conflict', 'x'))).toBe(false);
    expect(isFeedFailure(new TypeError('Failed to fetch'))).toBe(false);
  });
});
