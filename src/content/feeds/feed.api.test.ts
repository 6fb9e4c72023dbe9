// Following feeds on both databases, against a web server of the test's own on 127.0.0.1 (the
// instance allows private feeds, as TRELLIS_ALLOW_PRIVATE_FEEDS=true does): subscribing, the
// items and the inbox, queueing and dismissing, unsubscribing, and another person's ids.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOON_2027_05_15 } from '../../../test/factories.ts';
import { type FeedServer, rssFeed, send, startFeedServer } from '../../../test/feed-server.ts';
import { fixture } from '../../../test/fixtures.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { fixedClock } from '../../platform/clock.ts';

const SHOW = rssFeed('The Show', [
  { guid: 'ep3', title: 'Episode 3', date: '2027-05-10T08:00:00Z', audio: 'https://cdn.example.org/ep3.mp3' },
  { guid: 'ep2', title: 'Episode 2', date: '2027-05-03T08:00:00Z', audio: 'https://cdn.example.org/ep2.mp3' },
  { guid: 'ep1', title: 'Episode 1', date: '2027-04-26T08:00:00Z', audio: 'https://cdn.example.org/ep1.mp3' },
]);
const BLOG = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>A Blog</title><link href="https://blog.example.org/"/>
  <entry><id>post-2</id><title>Second post</title><link href="/posts/2"/><published>2027-05-12T09:00:00Z</published></entry>
  <entry><id>post-1</id><title>First post</title><link href="/posts/1"/><published>2027-05-01T09:00:00Z</published></entry>
</feed>`;

describe.each(DIALECTS)('feeds on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON_2027_05_15),
    env: {
      TRELLIS_ALLOW_PRIVATE_FEEDS: 'true',
      TRELLIS_FEED_REFRESH_MINUTES: '0',
      TRELLIS_FEED_TIMEOUT_MS: '2000',
    },
  });
  let server: FeedServer;
  let ann: SignedUp;
  let show: { id: string; items: { id: string; title: string; state: string }[] };
  let blog: { id: string; items: { id: string; url: string }[] };

  const subscribe = (url: string, cookie = ann.cookie) =>
    call(t.app, { method: 'POST', url: '/api/v1/feeds', cookie, body: { url } });
  const get = (url: string, cookie = ann.cookie) => call(t.app, { url, cookie });
  const post = (url: string, cookie = ann.cookie) => call(t.app, { method: 'POST', url, cookie });
  const feedCount = async () => (await t.rows<{ n: number }>('select count(*) as n from feeds'))[0]!.n;

  beforeAll(async () => {
    server = await startFeedServer();
    server.on('/show.xml', send(SHOW));
    server.on('/blog.atom', send(BLOG, { 'content-type': 'application/atom+xml' }));
    ann = await signUp(t.app);
  });
  afterAll(() => server?.close());

  it('subscribes: fetches the feed once and answers 201 with its title and items, newest first', async () => {
    const res = await subscribe(`${server.origin}/show.xml`);
    show = bodyOf(res, 201, 'subscribe');
    expect(show).toMatchObject({
      url: `${server.origin}/show.xml`,
      title: 'The Show',
      siteUrl: 'https://example.org/',
      lastFetchedAt: NOON_2027_05_15,
      lastError: null,
      newItems: 3,
    });
    expect(show.items).toEqual([
      {
        id: expect.any(String),
        feedId: show.id,
        guid: 'ep3',
        title: 'Episode 3',
        url: 'https://example.org/ep3',
        publishedAt: '2027-05-10T08:00:00.000Z',
        // 1:02:30 is 62.5 minutes.
        minutes: 63,
        enclosureUrl: 'https://cdn.example.org/ep3.mp3',
        state: 'new',
        contentId: null,
      },
      expect.objectContaining({ guid: 'ep2' }),
      expect.objectContaining({ guid: 'ep1' }),
    ]);
    expect(server.hits('/show.xml')).toBe(1);

    blog = bodyOf(await subscribe(`${server.origin}/blog.atom`), 201, 'subscribe to the blog');
    // Relative links resolve against the feed's address.
    expect(blog.items.map((i) => i.url)).toEqual([`${server.origin}/posts/2`, `${server.origin}/posts/1`]);
  });

  it('refuses to follow a feed twice, however its address is written', async () => {
    expectError(await subscribe(`${server.origin}/show.xml`), 409, 'conflict');
    expectError(await subscribe(`HTTP://127.0.0.1:${server.port}/show.xml`), 409, 'conflict');
    expect(server.hits('/show.xml')).toBe(1);
  });

  it('lists the feeds by title, with their new items', async () => {
    const { items } = bodyOf(await get('/api/v1/feeds'), 200, 'list');
    expect(items.map((f: { title: string; newItems: number }) => [f.title, f.newItems])).toEqual([
      ['A Blog', 2],
      ['The Show', 3],
    ]);
  });

  it('pages a feed’s items, newest first', async () => {
    const first = bodyOf(await get(`/api/v1/feeds/${show.id}/items?limit=2`), 200, 'page 1');
    expect(first.items.map((i: { guid: string }) => i.guid)).toEqual(['ep3', 'ep2']);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = bodyOf(
      await get(`/api/v1/feeds/${show.id}/items?limit=2&cursor=${first.nextCursor}`),
      200,
      'page 2',
    );
    expect(second).toEqual({ items: [expect.objectContaining({ guid: 'ep1' })], nextCursor: null });
    expectInvalid(await get(`/api/v1/feeds/${show.id}/items?cursor=bm90LWEtY3Vyc29y`), 'cursor');
    expectInvalid(await get(`/api/v1/feeds/${show.id}/items?limit=0`), 'limit');
  });

  it('shows the new items of every feed in the inbox, newest first, with the feed’s title', async () => {
    const { items } = bodyOf(await get('/api/v1/content/inbox'), 200, 'inbox');
    expect(items.map((i: { title: string; feedTitle: string }) => [i.title, i.feedTitle])).toEqual([
      ['Second post', 'A Blog'],
      ['Episode 3', 'The Show'],
      ['Episode 2', 'The Show'],
      ['First post', 'A Blog'],
      ['Episode 1', 'The Show'],
    ]);
  });

  it('queues an episode as a podcast episode, once however often it is queued', async () => {
    const ep3 = show.items[0]!.id;
    const first = bodyOf(await post(`/api/v1/feed-items/${ep3}/queue`), 200, 'queue');
    expect(first.content).toMatchObject({
      kind: 'podcast_episode',
      title: 'Episode 3',
      url: 'https://example.org/ep3',
      source: 'The Show',
      status: 'queued',
      minutes: 63,
      feedItemId: ep3,
    });
    expect(first.item).toMatchObject({ id: ep3, state: 'queued', contentId: first.content.id });
    const again = bodyOf(await post(`/api/v1/feed-items/${ep3}/queue`), 200, 'queue again');
    expect(again.content.id).toBe(first.content.id);
    const log = bodyOf(await get('/api/v1/content'), 200, 'content').items;
    expect(log.filter((e: { feedItemId: string }) => e.feedItemId === ep3)).toHaveLength(1);
    const inbox = bodyOf(await get('/api/v1/content/inbox'), 200, 'inbox').items;
    expect(inbox.map((i: { id: string }) => i.id)).not.toContain(ep3);
  });

  it('queues a blog post as an article', async () => {
    const res = bodyOf(await post(`/api/v1/feed-items/${blog.items[0]!.id}/queue`), 200, 'queue post');
    expect(res.content).toMatchObject({
      kind: 'article',
      title: 'Second post',
      source: 'A Blog',
      minutes: null,
    });
  });

  it('dismisses an item from the inbox', async () => {
    const ep1 = show.items[2]!.id;
    expect(bodyOf(await post(`/api/v1/feed-items/${ep1}/dismiss`), 200, 'dismiss')).toMatchObject({
      id: ep1,
      state: 'dismissed',
    });
    const inbox = bodyOf(await get('/api/v1/content/inbox'), 200, 'inbox').items;
    expect(inbox.map((i: { title: string }) => i.title)).toEqual(['Episode 2', 'First post']);
  });

  it('queues an item again after its entry was deleted, as a new entry', async () => {
    const ep2 = show.items[1]!.id;
    const first = bodyOf(await post(`/api/v1/feed-items/${ep2}/queue`), 200, 'queue');
    await call(t.app, { method: 'DELETE', url: `/api/v1/content/${first.content.id}`, cookie: ann.cookie });
    const items = bodyOf(await get(`/api/v1/feeds/${show.id}/items`), 200, 'items').items;
    expect(items.find((i: { id: string }) => i.id === ep2)).toMatchObject({
      state: 'queued',
      contentId: null,
    });
    const second = bodyOf(await post(`/api/v1/feed-items/${ep2}/queue`), 200, 'queue again');
    expect(second.content.id).not.toBe(first.content.id);
  });

  it('answers 404 to another person for every feed and item of someone else, and shows them nothing', async () => {
    const bob = await signUp(t.app);
    const item = show.items[0]!.id;
    for (const res of [
      await get(`/api/v1/feeds/${show.id}/items`, bob.cookie),
      await post(`/api/v1/feeds/${show.id}/refresh`, bob.cookie),
      await call(t.app, { method: 'DELETE', url: `/api/v1/feeds/${show.id}`, cookie: bob.cookie }),
      await post(`/api/v1/feed-items/${item}/queue`, bob.cookie),
      await post(`/api/v1/feed-items/${item}/dismiss`, bob.cookie),
    ]) {
      expectError(res, 404, 'not_found');
    }
    expect(bodyOf(await get('/api/v1/feeds', bob.cookie), 200, 'feeds').items).toEqual([]);
    expect(bodyOf(await get('/api/v1/content/inbox', bob.cookie), 200, 'inbox').items).toEqual([]);
    // Bob may follow the same address: his own feed, with his own items.
    const his = bodyOf(await subscribe(`${server.origin}/show.xml`, bob.cookie), 201, 'bob subscribes');
    expect(his.id).not.toBe(show.id);
    expect(his.items.map((i: { state: string }) => i.state)).toEqual(['new', 'new', 'new']);
  });

  it('keeps nothing when the first fetch fails, and says why', async () => {
    server.on(
      '/page.html',
      send('<!DOCTYPE html><html><head><title>Home</title></head><body></body></html>', {
        'content-type': 'text/html',
      }),
    );
    const before = await feedCount();
    const missing = await subscribe(`${server.origin}/missing.xml`);
    expectError(missing, 502, 'feed_unavailable');
    expect(missing.json.error.message).toBe("The feed's server answered 404 Not Found.");
    const html = await subscribe(`${server.origin}/page.html`);
    expectError(html, 422, 'feed_invalid');
    expect(html.json.error.message).toMatch(/^The address does not hold a feed/);
    expectInvalid(await subscribe('ftp://127.0.0.1/feed.xml'), 'url');
    expectInvalid(await subscribe('not an address'), 'url');
    expect(await feedCount()).toBe(before);
  });

  it('reads real feeds served as they are: 730 Giant Bombcast episodes, a Latin-1 feed without a charset, no HTML page', async () => {
    const corpus = (name: string) => fs.readFileSync(fixture('podcasts', 'rss-parser', 'input', name));
    server.on(
      '/giantbomb.rss',
      send(corpus('giantbomb-podcast.rss'), { 'content-type': 'application/rss+xml' }),
    );
    server.on('/uol.rss', send(corpus('uolNoticias.rss'), { 'content-type': 'text/xml' }));
    const carol = await signUp(t.app);
    const bomb = bodyOf(await subscribe(`${server.origin}/giantbomb.rss`, carol.cookie), 201, 'giantbomb');
    expect(bomb).toMatchObject({ title: 'Giant Bombcast', newItems: 730 });
    expect(bomb.items).toHaveLength(730);
    expect(bomb.items[0]).toMatchObject({ title: 'Giant Bombcast 603: Call of Tuesday', minutes: 175 });
    const uol = bodyOf(await subscribe(`${server.origin}/uol.rss`, carol.cookie), 201, 'uol');
    expect(uol.items[0].title).toBe(
      'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
    );
  });

  it('unsubscribes: the feed and its items go, the content queued from them stays', async () => {
    const queued = bodyOf(await get('/api/v1/content'), 200, 'content').items.filter(
      (e: { source: string }) => e.source === 'The Show',
    );
    expect(queued.length).toBeGreaterThan(0);
    expect(
      (await call(t.app, { method: 'DELETE', url: `/api/v1/feeds/${show.id}`, cookie: ann.cookie })).status,
    ).toBe(204);
    expectError(await get(`/api/v1/feeds/${show.id}/items`), 404, 'not_found');
    expectError(await post(`/api/v1/feed-items/${show.items[0]!.id}/queue`), 404, 'not_found');
    for (const entry of queued) {
      expect((await get(`/api/v1/content/${entry.id}`)).status).toBe(200);
    }
    expectError(
      await call(t.app, { method: 'DELETE', url: `/api/v1/feeds/${show.id}`, cookie: ann.cookie }),
      404,
      'not_found',
    );
  });
});
