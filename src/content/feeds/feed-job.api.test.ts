// The background refresh on both databases: which feeds are due, a failing feed among good ones,
// and two app servers sharing one database, each running the job at the same moment, fetching
// each feed once between them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FeedServer, rssFeed, send, startFeedServer } from '../../../test/feed-server.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  manualClock,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { buildApp } from '../../app.ts';
import type { Job } from '../../platform/jobs.ts';

const HOUR = 60 * 60 * 1000;
const ep = (n: number) => ({ guid: `ep${n}`, title: `Episode ${n}`, date: `2027-05-0${n}T08:00:00Z` });

const refreshJob = (app: FastifyInstance): Job => {
  const job = app.jobs.find((j) => j.name === 'refresh feeds');
  if (!job) throw new Error('no feed refresh job');
  return job;
};

describe('the feed refresh job', () => {
  const t = useTestApp('sqlite', { env: { TRELLIS_FEED_REFRESH_MINUTES: '0' } });
  it('is not scheduled when TRELLIS_FEED_REFRESH_MINUTES is 0', () => {
    expect(t.app.jobs.map((j) => j.name)).not.toContain('refresh feeds');
  });
});

describe.each(DIALECTS)('the feed refresh job on %s', (dialect) => {
  const clock = manualClock('2027-05-15T12:00:00.000Z');
  const env = {
    TRELLIS_ALLOW_PRIVATE_FEEDS: 'true',
    TRELLIS_FEED_REFRESH_MINUTES: '60',
    TRELLIS_FEED_TIMEOUT_MS: '2000',
  };
  const t = useTestApp(dialect, { clock, env });
  let server: FeedServer;
  let ann: SignedUp;
  let bob: SignedUp;

  const importFeeds = (cookie: string, paths: string[]) =>
    call(t.app, {
      method: 'POST',
      url: '/api/v1/feeds/import',
      cookie,
      headers: { 'content-type': 'text/x-opml' },
      body: `<opml version="2.0"><body>${paths.map((p) => `<outline text="${p}" xmlUrl="${server.origin}${p}"/>`).join('')}</body></opml>`,
    });
  const feeds = async (cookie: string) =>
    bodyOf(await call(t.app, { url: '/api/v1/feeds', cookie }), 200, 'feeds').items as {
      url: string;
      title: string;
      lastFetchedAt: string | null;
      lastError: string | null;
      newItems: number;
    }[];

  beforeAll(async () => {
    server = await startFeedServer();
    server.on('/a.xml', send(rssFeed('Feed A', [ep(2), ep(1)])));
    server.on('/b.xml', send(rssFeed('Feed B', [ep(1)])));
    server.on('/c.xml', send(rssFeed('Feed C', [ep(1)])));
    ann = await signUp(t.app);
    bob = await signUp(t.app);
  });
  afterAll(() => server?.close());

  it('runs every 10 minutes at most, looking for feeds not fetched in the period', () => {
    expect(refreshJob(t.app).everyMs).toBe(10 * 60 * 1000);
  });

  it('fetches imported feeds of everyone, keeps a failure to its own feed, then waits for the period', async () => {
    bodyOf(await importFeeds(ann.cookie, ['/a.xml', '/broken.xml']), 200, 'import ann');
    bodyOf(await importFeeds(bob.cookie, ['/b.xml']), 200, 'import bob');
    expect((await feeds(ann.cookie)).every((f) => f.lastFetchedAt === null)).toBe(true);

    await refreshJob(t.app).run();
    const annFeeds = await feeds(ann.cookie);
    expect(annFeeds.map((f) => [f.title, f.newItems, f.lastError])).toEqual([
      ['/broken.xml', 0, "The feed's server answered 404 Not Found."],
      ['Feed A', 2, null],
    ]);
    expect(annFeeds.every((f) => f.lastFetchedAt === '2027-05-15T12:00:00.000Z')).toBe(true);
    expect((await feeds(bob.cookie)).map((f) => [f.title, f.newItems])).toEqual([['Feed B', 1]]);
    expect([server.hits('/a.xml'), server.hits('/b.xml'), server.hits('/broken.xml')]).toEqual([1, 1, 1]);

    // Within the hour nothing is due.
    clock.advance(HOUR - 1);
    await refreshJob(t.app).run();
    expect([server.hits('/a.xml'), server.hits('/b.xml'), server.hits('/broken.xml')]).toEqual([1, 1, 1]);

    // An hour after, every feed is, and new items arrive.
    server.on('/a.xml', send(rssFeed('Feed A', [ep(3), ep(2), ep(1)])));
    clock.advance(1);
    await refreshJob(t.app).run();
    expect([server.hits('/a.xml'), server.hits('/b.xml'), server.hits('/broken.xml')]).toEqual([2, 2, 2]);
    expect((await feeds(ann.cookie)).find((f) => f.title === 'Feed A')?.newItems).toBe(3);
  });

  it('fetches each feed once when two app servers run the job at the same moment', async () => {
    // The server answers slowly, so both runs are inside a fetch together.
    server.on('/slow.xml', (req, res) => {
      setTimeout(() => send(rssFeed('Slow', [ep(1)]))(req, res), 200);
    });
    const carol = await signUp(t.app);
    bodyOf(await importFeeds(carol.cookie, ['/slow.xml', '/c.xml']), 200, 'import carol');
    const second = await buildApp({ ...t.config, webRoot: null }, { clock });
    try {
      await Promise.all([refreshJob(t.app).run(), refreshJob(second).run()]);
    } finally {
      await second.close();
    }
    expect([server.hits('/slow.xml'), server.hits('/c.xml')]).toEqual([1, 1]);
    expect((await feeds(carol.cookie)).map((f) => [f.title, f.newItems])).toEqual([
      ['Feed C', 1],
      ['Slow', 1],
    ]);
  });

  it('takes over a feed whose claim outlived its app server, once the lease has run out', async () => {
    const dana = await signUp(t.app);
    server.on('/orphan.xml', send(rssFeed('Orphan', [ep(1)])));
    bodyOf(await importFeeds(dana.cookie, ['/orphan.xml']), 200, 'import dana');
    const lease = new Date(clock.now().getTime() + 30_000).toISOString();
    await t.execute('update feeds set claimed_until = ? where url = ?', [
      lease,
      `${server.origin}/orphan.xml`,
    ]);
    await refreshJob(t.app).run();
    expect(server.hits('/orphan.xml')).toBe(0);
    clock.advance(30_000);
    await refreshJob(t.app).run();
    expect(server.hits('/orphan.xml')).toBe(1);
  });
});
