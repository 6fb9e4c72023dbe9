// Refreshing feeds on both databases against a web server of the test's own on 127.0.0.1: what a
// refresh keeps (only new items; nothing on a 304), how a failure is recorded without losing the
// feed, the limits of a fetch (redirects, time, size), charsets, one fetch at a time, and the
// refusal of private addresses on an instance that does not allow them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, redirect, rssFeed, send, startFeedServer } from '../../../test/feed-server.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  manualClock,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';

const START = '2027-05-15T12:00:00.000Z';
const ep = (n: number) => ({
  guid: `ep${n}`,
  title: `Episode ${n}`,
  date: `2027-05-${String(n).padStart(2, '0')}T08:00:00Z`,
});

describe.each(DIALECTS)('refreshing feeds on %s', (dialect) => {
  const clock = manualClock(START);
  const t = useTestApp(dialect, {
    clock,
    env: {
      TRELLIS_ALLOW_PRIVATE_FEEDS: 'true',
      TRELLIS_FEED_REFRESH_MINUTES: '0',
      TRELLIS_FEED_TIMEOUT_MS: '500',
    },
  });
  let server: FeedServer;
  let ann: SignedUp;

  const subscribe = async (path: string) =>
    bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/feeds',
        cookie: ann.cookie,
        body: { url: `${server.origin}${path}` },
      }),
      201,
      `subscribe to ${path}`,
    ) as { id: string; items: unknown[] };
  const refresh = (id: string) =>
    call(t.app, { method: 'POST', url: `/api/v1/feeds/${id}/refresh`, cookie: ann.cookie });
  const feed = async (id: string) =>
    (
      bodyOf(await call(t.app, { url: '/api/v1/feeds', cookie: ann.cookie }), 200, 'feeds').items as {
        id: string;
      }[]
    ).find((f) => f.id === id);
  const itemCount = async (id: string) =>
    bodyOf(await call(t.app, { url: `/api/v1/feeds/${id}/items`, cookie: ann.cookie }), 200, 'items').items
      .length;

  beforeAll(async () => {
    server = await startFeedServer();
    ann = await signUp(t.app);
  });
  afterAll(() => server?.close());

  it('sends the ETag back, and changes nothing but lastFetchedAt on a 304', async () => {
    server.on('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
      else send(rssFeed('ETag', [ep(2), ep(1)]), { etag: '"v1"' })(req, res);
    });
    const { id } = await subscribe('/etag.xml');
    const before = await t.rows('select * from feed_items where feed_id = ? order by id', [id]);
    clock.advance(60_000);
    const res = bodyOf(await refresh(id), 200, 'refresh');
    expect(res).toMatchObject({ notModified: true, added: [] });
    expect(res.feed).toMatchObject({
      lastFetchedAt: '2027-05-15T12:01:00.000Z',
      lastError: null,
      newItems: 2,
    });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(await t.rows('select * from feed_items where feed_id = ? order by id', [id])).toEqual(before);
  });

  it('sends Last-Modified back as If-Modified-Since', async () => {
    const stamp = 'Fri, 14 May 2027 10:00:00 GMT';
    server.on('/dated.xml', (req, res) => {
      if (req.headers['if-modified-since'] === stamp) res.writeHead(304).end();
      else send(rssFeed('Dated', [ep(1)]), { 'last-modified': stamp })(req, res);
    });
    const { id } = await subscribe('/dated.xml');
    expect(bodyOf(await refresh(id), 200, 'refresh').notModified).toBe(true);
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(stamp);
  });

  it('adds only the items it has not seen, by key', async () => {
    server.on('/growing.xml', send(rssFeed('Growing', [ep(2), ep(1)])));
    const { id } = await subscribe('/growing.xml');
    // Episode 1 is edited (same guid, new title) and episode 3 appears.
    const edited = { ...ep(1), title: 'Episode 1 (remastered)' };
    server.on('/growing.xml', send(rssFeed('Growing, renamed', [ep(3), ep(2), edited])));
    const res = bodyOf(await refresh(id), 200, 'refresh');
    expect(res.notModified).toBe(false);
    expect(res.added.map((i: { guid: string }) => i.guid)).toEqual(['ep3']);
    expect(res.feed).toMatchObject({ title: 'Growing, renamed', newItems: 3 });
    expect(await itemCount(id)).toBe(3);
    // Nothing new the next time.
    expect(bodyOf(await refresh(id), 200, 'refresh again').added).toEqual([]);
    expect(await itemCount(id)).toBe(3);
  });

  it('keeps a feed whose refresh fails, with why and when; a later success clears the error', async () => {
    server.on('/flaky.xml', send(rssFeed('Flaky', [ep(1)])));
    const { id } = await subscribe('/flaky.xml');
    server.on('/flaky.xml', send('gone', {}, 404));
    clock.advance(60_000);
    const failed = await refresh(id);
    expectError(failed, 502, 'feed_unavailable');
    expect(await feed(id)).toMatchObject({
      lastError: "The feed's server answered 404 Not Found.",
      lastFetchedAt: new Date(clock.now()).toISOString(),
      newItems: 1,
    });
    expect(await itemCount(id)).toBe(1);

    server.on('/flaky.xml', send('<rss version="2.0"><channel><title>Broken</channel></rss>'));
    expectError(await refresh(id), 422, 'feed_invalid');
    expect((await feed(id)) as unknown).toMatchObject({
      lastError: expect.stringMatching(/not well-formed XML/),
    });

    server.on('/flaky.xml', send(rssFeed('Flaky', [ep(2), ep(1)])));
    const fixed = bodyOf(await refresh(id), 200, 'refresh');
    expect(fixed.feed.lastError).toBeNull();
    expect(fixed.added).toHaveLength(1);
  });

  it('follows redirects, resolving relative links against where the feed was found', async () => {
    server.on('/old/feed', redirect('/new/feed.xml', 301));
    server.on(
      '/new/feed.xml',
      send(
        '<rss version="2.0"><channel><title>Moved</title><item><guid>a</guid><link>posts/a</link></item></channel></rss>',
      ),
    );
    const moved = await subscribe('/old/feed');
    expect(moved).toMatchObject({ url: `${server.origin}/old/feed`, title: 'Moved' });
    expect(moved.items).toEqual([expect.objectContaining({ url: `${server.origin}/new/posts/a` })]);
  });

  it('gives up after five redirects, and on a slow or oversized answer, keeping the feed', async () => {
    server.on('/limits.xml', send(rssFeed('Limits', [ep(1)])));
    const { id } = await subscribe('/limits.xml');
    for (let i = 0; i < 6; i += 1) server.on(`/r${i}`, redirect(`/r${i + 1}`));
    server.on('/limits.xml', redirect('/r0'));
    const looping = await refresh(id);
    expectError(looping, 502, 'feed_unavailable');
    expect(looping.json.error.message).toBe('The feed redirected more than 5 times.');

    server.on('/limits.xml', () => {
      // Never answers.
    });
    const started = Date.now();
    const slow = await refresh(id);
    expectError(slow, 502, 'feed_unavailable');
    expect(slow.json.error.message).toBe("The feed's server did not answer within 0.5 seconds.");
    expect(Date.now() - started).toBeLessThan(3_000);

    server.on('/limits.xml', send(Buffer.alloc(5 * 1024 * 1024 + 1, ' ')));
    const big = await refresh(id);
    expectError(big, 502, 'feed_unavailable');
    expect(big.json.error.message).toBe('The feed is larger than 5 MB.');
    expect(await feed(id)).toMatchObject({ lastError: 'The feed is larger than 5 MB.' });
    expect(await itemCount(id)).toBe(1);
  });

  it('decodes by the HTTP charset, else the XML declaration, else UTF-8, else Latin-1', async () => {
    const title = 'Notícias de São Paulo';
    const latin1 = (declaration: string) =>
      Buffer.from(
        `${declaration}<rss version="2.0"><channel><title>${title}</title></channel></rss>`,
        'latin1',
      );
    server.on('/header.xml', send(latin1(''), { 'content-type': 'application/rss+xml; charset=ISO-8859-1' }));
    server.on(
      '/declared.xml',
      send(latin1('<?xml version="1.0" encoding="iso-8859-1"?>'), { 'content-type': 'text/xml' }),
    );
    server.on('/bare.xml', send(latin1('  '), { 'content-type': 'text/xml' }));
    server.on(
      '/utf8.xml',
      send(Buffer.from(`<rss version="2.0"><channel><title>${title}</title></channel></rss>`), {
        'content-type': 'text/xml',
      }),
    );
    for (const path of ['/header.xml', '/declared.xml', '/bare.xml', '/utf8.xml']) {
      expect((await subscribe(path)) as unknown, path).toMatchObject({ title });
    }
  });

  it('runs one fetch of a feed at a time: 409 while another holds it, until its lease ends', async () => {
    server.on('/busy.xml', send(rssFeed('Busy', [ep(1)])));
    const { id } = await subscribe('/busy.xml');
    const until = new Date(clock.now().getTime() + 60_000).toISOString();
    await t.execute('update feeds set claimed_until = ? where id = ?', [until, id]);
    const hits = server.hits('/busy.xml');
    expectError(await refresh(id), 409, 'conflict');
    expect(server.hits('/busy.xml')).toBe(hits);
    clock.advance(60_000);
    expect((await refresh(id)).status).toBe(200);
    expect(
      (await t.rows<{ claimed_until: unknown }>('select claimed_until from feeds where id = ?', [id]))[0]!
        .claimed_until,
    ).toBeNull();
  });
});

describe.each(DIALECTS)('an instance that keeps feeds public, on %s', (dialect) => {
  const t = useTestApp(dialect, { env: { TRELLIS_FEED_REFRESH_MINUTES: '0' } });
  let server: FeedServer;
  let ann: SignedUp;
  beforeAll(async () => {
    server = await startFeedServer();
    server.on('/feed.xml', send(rssFeed('Private', [ep(1)])));
    ann = await signUp(t.app);
  });
  afterAll(() => server?.close());

  it('refuses loopback and private addresses (400 at url) without connecting to them', async () => {
    for (const url of [
      `${server.origin}/feed.xml`,
      `http://localhost:${server.port}/feed.xml`,
      `http://[::1]:${server.port}/feed.xml`,
      'http://10.0.0.1/feed.xml',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/feed.xml',
    ]) {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/feeds',
        cookie: ann.cookie,
        body: { url },
      });
      expectInvalid(res, 'url');
      expect(res.json.error.message, url).toMatch(
        /^url: points at .*, a private, loopback, link-local or reserved address/,
      );
    }
    expect(server.requests).toEqual([]);
    expect(await t.rows('select id from feeds')).toEqual([]);
  });

  it('refuses, at refresh, a feed stored while the instance allowed it, and records why', async () => {
    const now = new Date().toISOString();
    await t.execute(
      `insert into feeds (id, owner_id, url, title, created_at, updated_at) values (?, ?, ?, 'Old', ?, ?)`,
      ['01900000-0000-7000-8000-0000000000aa', ann.user.id, `${server.origin}/feed.xml`, now, now],
    );
    const res = await call(t.app, {
      method: 'POST',
      url: '/api/v1/feeds/01900000-0000-7000-8000-0000000000aa/refresh',
      cookie: ann.cookie,
    });
    expectInvalid(res, 'url');
    const [feed] = bodyOf(
      await call(t.app, { url: '/api/v1/feeds', cookie: ann.cookie }),
      200,
      'feeds',
    ).items;
    expect(feed.lastError).toMatch(/^The feed's address points at 127\.0\.0\.1/);
    expect(server.requests).toEqual([]);
  });
});
