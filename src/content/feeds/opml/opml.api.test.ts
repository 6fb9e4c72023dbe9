// OPML import and export on both databases, with the real Overcast export of the fixtures.
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FEEDS_MAX } from '../../../../shared/content/feed.schema.ts';
import { NOON_2027_05_15 } from '../../../../test/factories.ts';
import { fixture } from '../../../../test/fixtures.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../../test/harness.ts';
import { fixedClock } from '../../../platform/clock.ts';
import { readOpml } from './opml.reader.ts';

const OVERCAST = fs.readFileSync(fixture('podcasts', 'opml', 'overcast-2017-flat.mrh-is.opml'), 'utf8');

describe.each(DIALECTS)('OPML on %s', (dialect) => {
  const t = useTestApp(dialect, {
    clock: fixedClock(NOON_2027_05_15),
    env: { TRELLIS_FEED_REFRESH_MINUTES: '0' },
  });
  let ann: SignedUp;

  const upload = (body: string | Buffer, cookie: string | null = ann.cookie, type = 'text/x-opml') =>
    call(t.app, {
      method: 'POST',
      url: '/api/v1/feeds/import',
      ...(cookie ? { cookie } : {}),
      headers: { 'content-type': type },
      body,
    });
  const feeds = async (cookie = ann.cookie) =>
    bodyOf(await call(t.app, { url: '/api/v1/feeds', cookie }), 200, 'feeds').items as {
      url: string;
      title: string;
      siteUrl: string | null;
      lastFetchedAt: string | null;
    }[];

  beforeAll(async () => {
    ann = await signUp(t.app);
  });

  it('follows every feed of the Overcast export without fetching them, then finds them all followed', async () => {
    // 59 outlines, each with an http(s) xmlUrl, none twice (see opml.test.ts): all added.
    expect(bodyOf(await upload(OVERCAST), 200, 'import')).toEqual({
      added: 59,
      existing: 0,
      invalid: 0,
      overLimit: 0,
    });
    const followed = await feeds();
    expect(followed).toHaveLength(59);
    expect(followed.every((f) => f.lastFetchedAt === null)).toBe(true);
    expect(followed.find((f) => f.title === '99% Invisible')).toMatchObject({
      url: 'http://feeds.99percentinvisible.org/99percentinvisible',
      siteUrl: 'http://99percentinvisible.org/',
    });
    // The same file again, as application/xml: every one of them is already followed.
    expect(bodyOf(await upload(OVERCAST, ann.cookie, 'application/xml'), 200, 'again')).toEqual({
      added: 0,
      existing: 59,
      invalid: 0,
      overLimit: 0,
    });
  });

  it('follows nested outlines, counting what it follows already and what is no feed address', async () => {
    const opml = `<?xml version="1.0" encoding="ISO-8859-1"?>
      <opml version="2.0"><head><title>Mine</title></head><body>
        <outline text="Folder">
          <outline text="Nested" xmlUrl="https://example.org/nested.xml"/>
          <outline text="Deeper"><outline text="Café" xmlUrl="https://example.org/cafe.xml"/></outline>
          <outline text="99% Invisible again" xmlUrl="http://feeds.99percentinvisible.org/99percentinvisible"/>
        </outline>
        <outline text="Twice" xmlUrl="https://example.org/nested.xml"/>
        <outline text="FTP" xmlUrl="ftp://example.org/feed"/>
        <outline text="Nonsense" xmlUrl="feed me"/>
        <outline text="A folder without a feed"/>
      </body></opml>`;
    const summary = bodyOf(await upload(Buffer.from(opml, 'latin1'), ann.cookie, 'text/xml'), 200, 'import');
    // nested.xml and cafe.xml are new; 99% Invisible came with Overcast and nested.xml is listed
    // twice; ftp: and "feed me" are no web addresses; the last outline has no xmlUrl at all.
    expect(summary).toEqual({ added: 2, existing: 2, invalid: 2, overLimit: 0 });
    expect((await feeds()).find((f) => f.url === 'https://example.org/cafe.xml')?.title).toBe('Café');
  });

  it(`stops at ${FEEDS_MAX} feeds a person`, async () => {
    const bob = await signUp(t.app);
    const outlines = Array.from(
      { length: FEEDS_MAX + 2 },
      (_, i) => `<outline xmlUrl="https://example.org/${i}.xml"/>`,
    );
    const res = await upload(`<opml version="2.0"><body>${outlines.join('')}</body></opml>`, bob.cookie);
    expect(bodyOf(res, 200, 'import')).toEqual({ added: FEEDS_MAX, existing: 0, invalid: 0, overLimit: 2 });
    expect(await feeds(bob.cookie)).toHaveLength(FEEDS_MAX);
  });

  it('refuses a body that is not OPML, of another media type, too large, or from nobody', async () => {
    expectInvalid(await upload('<rss version="2.0"/>'), 'body');
    expectInvalid(await upload('not xml at all'), 'body');
    const json = await call(t.app, {
      method: 'POST',
      url: '/api/v1/feeds/import',
      cookie: ann.cookie,
      body: { url: 'x' },
    });
    expectError(json, 415, 'unsupported_media_type');
    expect(json.json.error.message).toBe(
      'Send the OPML file as the body, as text/x-opml, application/xml or text/xml.',
    );
    expectError(await upload(OVERCAST, ann.cookie, 'text/csv'), 415, 'unsupported_media_type');
    const big = `<opml version="2.0"><body>${'<outline text="padding"/>'.repeat(50_000)}</body></opml>`;
    expect(big.length).toBeGreaterThan(1024 * 1024);
    expectError(await upload(big), 413, 'payload_too_large');
    expectError(await upload(OVERCAST, null), 401, 'unauthenticated');
  });

  it('exports OPML 2.0 that reads back as the feeds followed, escaped', async () => {
    const carol = await signUp(t.app);
    const tricky = `<opml version="2.0"><body>
      <outline title="Tom &amp; Jerry's &quot;Show&quot; &lt;live&gt;" xmlUrl="https://example.org/feed?a=1&amp;b=2" htmlUrl="https://example.org/"/>
      <outline title="Plain" xmlUrl="https://example.net/rss"/>
    </body></opml>`;
    bodyOf(await upload(tricky, carol.cookie), 200, 'import');
    const res = await call(t.app, { url: '/api/v1/feeds/export', cookie: carol.cookie });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/x-opml; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="trellis-feeds.opml"');
    const text = res.json as string;
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')).toBe(true);
    expect(text).toContain('<dateCreated>Sat, 15 May 2027 12:00:00 GMT</dateCreated>');
    expect(readOpml(text)).toEqual([
      { xmlUrl: 'https://example.net/rss', title: 'Plain', htmlUrl: null },
      {
        xmlUrl: 'https://example.org/feed?a=1&b=2',
        title: 'Tom & Jerry\'s "Show" <live>',
        htmlUrl: 'https://example.org/',
      },
    ]);
    // What one person exports, another imports as the same feeds.
    const dan = await signUp(t.app);
    expect(bodyOf(await upload(text, dan.cookie), 200, 'import the export')).toMatchObject({ added: 2 });
    expect((await feeds(dan.cookie)).map((f) => f.title)).toEqual(['Plain', 'Tom & Jerry\'s "Show" <live>']);
  });
});
