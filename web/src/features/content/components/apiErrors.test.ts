import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.ts';
import { atUrlField, fileIssues, isFeedFailure } from './apiErrors.ts';

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

describe("an import's refusals of the file", () => {
  it('says the API’s issues about the body or the file as sentences about the file', () => {
    const notOpml = new ApiError(400, {
      code: 'validation_failed',
      message: 'The body is not an OPML file: its document is <html>.',
      issues: [{ path: 'body', message: 'is not an OPML file: its document is <html>' }],
      requestId: 'r1',
    });
    expect(fileIssues(notOpml)).toEqual([
      { path: 'file', message: 'The file is not an OPML file: its document is <html>' },
    ]);
    const noFile = new ApiError(400, {
      code: 'validation_failed',
      message: 'Send the Goodreads export as a file in the upload.',
      issues: [{ path: 'file', message: 'is required: send the export as a file' }],
      requestId: 'r2',
    });
    expect(fileIssues(noFile)).toEqual([
      { path: 'file', message: 'The file is required: send the export as a file' },
    ]);
  });

  it('says a size or media type refused as a whole at the field', () => {
    const tooLarge = new ApiError(413, {
      code: 'payload_too_large',
      message: 'The file is larger than 10 MB.',
      requestId: 'r3',
    });
    expect(fileIssues(tooLarge)).toEqual([{ path: 'file', message: 'The file is larger than 10 MB.' }]);
  });

  it('has nothing to say at the field about other failures', () => {
    expect(fileIssues(new ApiError(500, { code: 'internal', message: 'Internal', requestId: 'r4' }))).toEqual(
      [],
    );
    expect(fileIssues(new TypeError('Failed to fetch'))).toEqual([]);
    expect(fileIssues(null)).toEqual([]);
  });
});
