import { describe, expect, it } from 'vitest';
import { redactUrl } from './log-redaction.ts';

const PREFIXES = ['/feedback/', '/api/v1/feedback/'];
const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg';

describe('addresses in the logs', () => {
  it('hides the segment after a secret prefix', () => {
    expect(redactUrl(`/api/v1/feedback/${TOKEN}`, PREFIXES)).toBe('/api/v1/feedback/[redacted]');
    expect(redactUrl(`/feedback/${TOKEN}`, PREFIXES)).toBe('/feedback/[redacted]');
  });

  it('keeps what follows the secret: a further path, the query', () => {
    expect(redactUrl(`/feedback/${TOKEN}/more?x=1`, PREFIXES)).toBe('/feedback/[redacted]/more?x=1');
    expect(redactUrl(`/feedback/${TOKEN}?utm=mail#top`, PREFIXES)).toBe('/feedback/[redacted]?utm=mail#top');
  });

  it('matches the prefix in any case, as the web app’s routes do', () => {
    expect(redactUrl(`/FeedBack/${TOKEN}`, PREFIXES)).toBe('/FeedBack/[redacted]');
  });

  it('leaves other addresses alone, and a prefix with nothing after it', () => {
    for (const url of [
      '/api/v1/feedback-requests/inbox',
      '/api/v1/goals/abc',
      '/feedback/',
      '/feedback',
      '/',
    ]) {
      expect(redactUrl(url, PREFIXES)).toBe(url);
    }
  });
});
