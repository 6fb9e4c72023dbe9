import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.ts';
import { fileIssues } from './fileIssues.ts';

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
