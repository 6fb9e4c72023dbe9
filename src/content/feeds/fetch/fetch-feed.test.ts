// The fetcher against a web server of the test's own on 127.0.0.1: conditional requests, redirects,
// time and size limits, compression, and which addresses it connects to. The address policy here
// allows 127.0.0.1 alone, so a redirect to any other address shows the check made at each hop
// without a connection ever leaving the loopback interface.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, redirect, rssFeed, send, startFeedServer } from '../../../../test/feed-server.ts';
import { FeedError } from '../feed-error.ts';
import { type FetchOptions, fetchFeed, type Resolver } from './fetch-feed.ts';

const FEED = rssFeed('Loopback', [{ guid: 'a', title: 'A', date: '2027-05-01T10:00:00Z' }]);

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());

const options = (more: Partial<FetchOptions> = {}): FetchOptions => ({
  policy: (address) => address === '127.0.0.1',
  timeoutMs: 2_000,
  userAgent: 'Trellis/test',
  ...more,
});

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof FeedError) return err;
    throw err;
  }
  throw new Error('expected a FeedError');
}

describe('fetching a feed', () => {
  it('answers the body, where it was found, and the validators to send next time', async () => {
    server.on('/plain', send(FEED, { etag: '"v1"', 'last-modified': 'Sat, 01 May 2027 10:00:00 GMT' }));
    const answer = await fetchFeed(`${server.origin}/plain`, null, options());
    expect(answer).toMatchObject({
      kind: 'fetched',
      url: `${server.origin}/plain`,
      contentType: 'application/rss+xml; charset=utf-8',
      validators: { etag: '"v1"', lastModified: 'Sat, 01 May 2027 10:00:00 GMT' },
    });
    expect(answer.kind === 'fetched' && answer.body.toString()).toBe(FEED);
    const { headers } = server.requests.at(-1)!;
    expect(headers['user-agent']).toBe('Trellis/test');
    expect(headers['if-none-match']).toBeUndefined();
  });

  it('sends If-None-Match and If-Modified-Since, and reads a 304 as unchanged', async () => {
    server.on('/conditional', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else send(FEED, { etag: '"v1"' })(req, res);
    });
    const validators = { etag: '"v1"', lastModified: 'Sat, 01 May 2027 10:00:00 GMT' };
    expect(await fetchFeed(`${server.origin}/conditional`, validators, options())).toEqual({
      kind: 'not_modified',
    });
    const { headers } = server.requests.at(-1)!;
    expect(headers['if-none-match']).toBe('"v1"');
    expect(headers['if-modified-since']).toBe('Sat, 01 May 2027 10:00:00 GMT');
  });

  it('refuses a 304 to a request that asked no question (a server bug)', async () => {
    server.on('/unasked-304', (_req, res) => res.writeHead(304).end());
    const err = await failure(fetchFeed(`${server.origin}/unasked-304`, null, options()));
    expect(err).toMatchObject({
      problem: 'unavailable',
      message: "The feed's server answered 304 Not Modified.",
    });
  });

  it('follows five redirects, relative ones too, and answers where it ended', async () => {
    for (let i = 1; i <= 5; i += 1)
      server.on(`/hop${i}`, redirect(i === 3 ? `hop${i + 1}` : `/hop${i + 1}`, 301 + (i % 2)));
    server.on('/hop6', send(FEED));
    const answer = await fetchFeed(`${server.origin}/hop1`, null, options());
    expect(answer).toMatchObject({ kind: 'fetched', url: `${server.origin}/hop6` });
  });

  it('gives up after five redirects', async () => {
    for (let i = 1; i <= 6; i += 1) server.on(`/loop${i}`, redirect(`/loop${i + 1}`));
    server.on('/loop7', send(FEED));
    const err = await failure(fetchFeed(`${server.origin}/loop1`, null, options()));
    expect(err).toMatchObject({ problem: 'unavailable', message: 'The feed redirected more than 5 times.' });
    // The sixth redirect was read, the seventh address never asked for.
    expect(server.hits('/loop6')).toBe(1);
    expect(server.hits('/loop7')).toBe(0);
  });

  it('refuses a redirect to another scheme or to an address the policy refuses, before connecting', async () => {
    server.on('/to-ftp', redirect('ftp://127.0.0.1/feed.xml'));
    expect(await failure(fetchFeed(`${server.origin}/to-ftp`, null, options()))).toMatchObject({
      problem: 'refused',
      message: 'uses ftp:, and feeds are fetched over http and https only',
    });
    server.on('/to-other', redirect(`http://127.0.0.2:${server.port}/plain`));
    expect((await failure(fetchFeed(`${server.origin}/to-other`, null, options()))).message).toMatch(
      /^points at 127\.0\.0\.2, a private, loopback, link-local or reserved address/,
    );
    server.on('/to-ipv6', redirect(`http://[::1]:${server.port}/plain`));
    expect((await failure(fetchFeed(`${server.origin}/to-ipv6`, null, options()))).message).toMatch(
      /points at ::1/,
    );
  });

  it('refuses the address itself with the policy of an instance that keeps feeds public', async () => {
    const err = await failure(fetchFeed(`${server.origin}/plain`, null, options({ policy: () => false })));
    expect(err.problem).toBe('refused');
    expect(err.sentence).toMatch(/^The feed's address points at 127\.0\.0\.1/);
  });

  it('connects to the address it checked, not to what a second lookup might say', async () => {
    // feeds.test resolves, by this resolver alone, to 127.0.0.1: the request reaches the loopback
    // server under that name, though the system's resolver has never heard of it.
    const looked: string[] = [];
    const resolve: Resolver = async (host) => {
      looked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const answer = await fetchFeed(`http://feeds.test:${server.port}/plain`, null, options({ resolve }));
    expect(answer.kind).toBe('fetched');
    expect(looked).toEqual(['feeds.test']);
    expect(server.requests.at(-1)!.headers.host).toBe(`feeds.test:${server.port}`);
  });

  it('refuses a host when any of its addresses is refused', async () => {
    const resolve: Resolver = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '10.0.0.7', family: 4 },
    ];
    const err = await failure(
      fetchFeed(`http://mixed.test:${server.port}/plain`, null, options({ resolve })),
    );
    expect(err.message).toMatch(/^points at 10\.0\.0\.7/);
  });

  it('gives up on a server that does not answer in time', async () => {
    server.on('/slow', () => {
      // Never answers: the request hangs until the fetch gives up.
    });
    const started = Date.now();
    const err = await failure(fetchFeed(`${server.origin}/slow`, null, options({ timeoutMs: 300 })));
    expect(err).toMatchObject({
      problem: 'unavailable',
      message: "The feed's server did not answer within 0.3 seconds.",
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up on a body that trickles in past the deadline', async () => {
    server.on('/trickle', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<rss>');
      // The rest never comes.
    });
    const err = await failure(fetchFeed(`${server.origin}/trickle`, null, options({ timeoutMs: 300 })));
    expect(err.message).toBe("The feed's server did not answer within 0.3 seconds.");
  });

  it('refuses a body over the limit, whether announced or streamed', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    server.on('/big', send(big, { 'content-length': String(big.length) }));
    expect((await failure(fetchFeed(`${server.origin}/big`, null, options()))).message).toBe(
      'The feed is larger than 5 MB.',
    );
    server.on('/big-chunked', (_req, res) => {
      // No Content-Length: the limit is met while the body streams.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write(big.subarray(0, 3 * 1024 * 1024));
      res.end(big.subarray(3 * 1024 * 1024));
    });
    expect((await failure(fetchFeed(`${server.origin}/big-chunked`, null, options()))).message).toBe(
      'The feed is larger than 5 MB.',
    );
  });

  it('counts the limit after decompression (a small gzip of a large feed)', async () => {
    const bomb = zlib.gzipSync(Buffer.alloc(6 * 1024 * 1024, ' '));
    server.on('/bomb', send(bomb, { 'content-encoding': 'gzip' }));
    expect((await failure(fetchFeed(`${server.origin}/bomb`, null, options()))).message).toBe(
      'The feed is larger than 5 MB.',
    );
    server.on('/gzip', send(zlib.gzipSync(FEED), { 'content-encoding': 'gzip' }));
    const answer = await fetchFeed(`${server.origin}/gzip`, null, options());
    expect(answer.kind === 'fetched' && answer.body.toString()).toBe(FEED);
    server.on('/broken-gzip', send(Buffer.from('not gzip at all'), { 'content-encoding': 'gzip' }));
    expect((await failure(fetchFeed(`${server.origin}/broken-gzip`, null, options()))).message).toMatch(
      /could not be decompressed/,
    );
  });

  it('answers a status outside 2xx as unavailable, naming it', async () => {
    expect((await failure(fetchFeed(`${server.origin}/missing`, null, options()))).message).toBe(
      "The feed's server answered 404 Not Found.",
    );
    server.on('/error', send('oops', {}, 503));
    expect((await failure(fetchFeed(`${server.origin}/error`, null, options()))).message).toBe(
      "The feed's server answered 503 Service Unavailable.",
    );
  });

  it('answers a refused connection and an unknown host as unavailable', async () => {
    const closed = await startFeedServer();
    const origin = closed.origin;
    await closed.close();
    expect((await failure(fetchFeed(`${origin}/gone`, null, options()))).message).toBe(
      'The feed could not be fetched: the connection was refused.',
    );
    const nowhere: Resolver = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND nowhere.test'), { code: 'ENOTFOUND' });
    };
    expect(
      (await failure(fetchFeed('http://nowhere.test/feed', null, options({ resolve: nowhere })))).message,
    ).toBe("The feed's host nowhere.test could not be found (no such host).");
  });

  it('refuses addresses that are not http or https, or that carry a password', async () => {
    expect((await failure(fetchFeed('file:///etc/passwd', null, options()))).problem).toBe('refused');
    expect((await failure(fetchFeed('gopher://127.0.0.1/', null, options()))).problem).toBe('refused');
    expect(
      (await failure(fetchFeed(`http://me:secret@127.0.0.1:${server.port}/plain`, null, options()))).message,
    ).toBe('must not hold a user name or password');
  });
});
