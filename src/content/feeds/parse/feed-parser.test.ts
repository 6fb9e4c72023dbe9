import { describe, expect, it } from 'vitest';
import { FeedError } from '../feed-error.ts';
import { feedDate, parseFeed } from './feed-parser.ts';

const FEED_URL = 'https://example.org/podcast/feed.xml';

const rss = (items: string, channel = '<title>Show</title>') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>${channel}${items}</channel></rss>`;

function problem(text: string): FeedError {
  try {
    parseFeed(text, FEED_URL);
  } catch (err) {
    if (err instanceof FeedError) return err;
    throw err;
  }
  throw new Error('expected a FeedError');
}

describe('reading a feed', () => {
  it('keys items by guid, else link, else title and date', () => {
    const feed = parseFeed(
      rss(
        '<item><guid>g-1</guid><link>https://example.org/1</link><title>One</title></item>' +
          '<item><link>https://example.org/2</link><title>Two</title></item>' +
          '<item><title>Three</title><pubDate>Tue, 02 Mar 2027 09:00:00 GMT</pubDate></item>' +
          '<item><title>Four</title></item>' +
          '<item><description>nothing to know it by</description></item>',
      ),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.key)).toEqual([
      'guid:g-1',
      'link:https://example.org/2',
      'title:Three\nTue, 02 Mar 2027 09:00:00 GMT',
      'title:Four\n',
    ]);
    expect(feed.items[2]!.publishedAt).toBe('2027-03-02T09:00:00.000Z');
  });

  it('keeps the first of two items with one key', () => {
    const feed = parseFeed(
      rss('<item><guid>a</guid><title>First</title></item><item><guid>a</guid><title>Again</title></item>'),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['First']);
  });

  it('resolves relative links against xml:base, inherited and itself relative, else the feed’s address', () => {
    const feed = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.example.net/blog/">' +
        '<title>Blog</title><link href="/"/>' +
        '<entry><id>1</id><title>Based</title><link href="posts/1"/></entry>' +
        '<entry xml:base="archive/"><id>2</id><title>Nested base</title><link href="2.html"/></entry>' +
        '<entry><id>3</id><title>Enclosure</title><link rel="enclosure" type="audio/mpeg" href="../audio/3.mp3"/></entry>' +
        '</feed>',
      FEED_URL,
    );
    expect(feed.siteUrl).toBe('https://cdn.example.net/');
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://cdn.example.net/blog/posts/1',
      'https://cdn.example.net/blog/archive/2.html',
      null,
    ]);
    expect(feed.items[2]!.enclosure).toEqual({
      url: 'https://cdn.example.net/audio/3.mp3',
      type: 'audio/mpeg',
    });

    const plain = parseFeed(
      rss(
        '<item><guid>x</guid><link>episodes/7</link><enclosure url="/media/7.mp3" type="audio/mpeg"/></item>',
      ),
      FEED_URL,
    );
    expect(plain.items[0]!.url).toBe('https://example.org/podcast/episodes/7');
    expect(plain.items[0]!.enclosure?.url).toBe('https://example.org/media/7.mp3');
  });

  it('takes an Atom entry’s alternate link (a link without rel is one), not its others', () => {
    const feed = parseFeed(
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>' +
        '<entry><id>1</id><link rel="replies" href="https://example.org/1#comments"/><link href="https://example.org/1"/></entry>' +
        '<entry><id>2</id><link rel="self" href="https://example.org/api/2"/></entry>' +
        '<entry><id>3</id><published>2027-01-05T10:00:00+01:00</published><updated>2027-02-01T00:00:00Z</updated></entry>' +
        '</feed>',
      FEED_URL,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://example.org/1', null, null]);
    // Published first, then updated; the offset is turned into UTC.
    expect(feed.items[2]!.publishedAt).toBe('2027-01-05T09:00:00.000Z');
  });

  it('uses an RSS guid as the link when it is a permalink and there is no link', () => {
    const feed = parseFeed(
      rss(
        '<item><guid>https://example.org/a</guid></item>' +
          '<item><guid isPermaLink="false">https://example.org/b</guid></item>' +
          '<item><guid>urn:uuid:1</guid></item>',
      ),
      FEED_URL,
    );
    expect(feed.items.map((i) => i.url)).toEqual(['https://example.org/a', null, null]);
  });

  it('keeps only web addresses: no javascript:, mailto: or data: links', () => {
    const feed = parseFeed(
      rss(
        '<item><guid>1</guid><link>javascript:alert(1)</link><enclosure url="data:audio/mp3;base64,AA" type="audio/mpeg"/></item>',
      ),
      FEED_URL,
    );
    expect(feed.items[0]).toMatchObject({ url: null, enclosure: null });
  });

  it('falls back to the Podcast Index alternate enclosure, the default one first', () => {
    const feed = parseFeed(
      '<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0"><channel><title>P</title><item><guid>1</guid>' +
        '<podcast:alternateEnclosure type="audio/opus"><podcast:source uri="https://example.org/1.opus"/></podcast:alternateEnclosure>' +
        '<podcast:alternateEnclosure type="audio/mpeg" default="true"><podcast:source uri="ipfs://Qm1"/>' +
        '<podcast:source uri="https://example.org/1.mp3"/></podcast:alternateEnclosure></item></channel></rss>',
      FEED_URL,
    );
    expect(feed.items[0]!.enclosure).toEqual({ url: 'https://example.org/1.mp3', type: 'audio/mpeg' });
  });

  it('reads itunes:duration, whichever prefix the namespace has, and an undeclared itunes: prefix', () => {
    const declared = parseFeed(
      '<rss version="2.0" xmlns:it="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>P</title>' +
        '<item><guid>1</guid><it:duration>1:02:30</it:duration></item></channel></rss>',
      FEED_URL,
    );
    expect(declared.items[0]!.minutes).toBe(63);
    const undeclared = parseFeed(
      rss('<item><guid>1</guid><itunes:duration>45:00</itunes:duration></item>'),
      FEED_URL,
    );
    expect(undeclared.items[0]!.minutes).toBe(45);
  });

  it('accepts whitespace and a byte-order mark before <?xml', () => {
    expect(parseFeed(`\uFEFF \n\t ${rss('')}`, FEED_URL).title).toBe('Show');
  });

  it('keeps an entity XML does not define as written, rather than refusing the feed', () => {
    const feed = parseFeed(
      rss('<item><guid>1</guid><title>Fish&nbsp;&amp;&nbsp;chips</title></item>'),
      FEED_URL,
    );
    expect(feed.items[0]!.title).toBe('Fish&nbsp;&&nbsp;chips');
  });

  it('never expands entities a DTD declares (no billion laughs, no external files)', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY file SYSTEM "file:///etc/passwd">]>' +
      '<rss version="2.0"><channel><title>&b;&file;</title></channel></rss>';
    expect(parseFeed(bomb, FEED_URL).title).toBe('&b;&file;');
  });

  it('reads a channel title inside CDATA, with its whitespace made one space', () => {
    const feed = parseFeed(rss('', '<title>\n   <![CDATA[  Tech &amp; <b>Talk</b> ]]>\n </title>'), FEED_URL);
    expect(feed.title).toBe('Tech &amp; <b>Talk</b>');
  });

  it('answers an RSS document without a channel as a feed with nothing in it', () => {
    expect(parseFeed('<rss version="2.0"/>', FEED_URL)).toEqual({
      format: 'rss',
      title: null,
      siteUrl: null,
      items: [],
    });
  });

  it('refuses an HTML page, broken XML, an empty answer and JSON as no feed', () => {
    expect(
      problem('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Blog</title></head></html>').problem,
    ).toBe('invalid');
    expect(problem('<html><body><p>Hello</p></body></html>').message).toMatch(/<html>, not RSS or Atom/);
    expect(problem(rss('<item><title>cut off')).message).toMatch(/not well-formed XML/);
    expect(problem('').message).toMatch(/not well-formed XML/);
    expect(problem('{"version": "https://jsonfeed.org/version/1.1"}').message).toMatch(/not well-formed XML/);
    expect(problem(rss('<item><title>a & b</title></item>')).message).toMatch(/not well-formed XML/);
  });

  it('refuses a document nested deeper than any feed', () => {
    const deep = `<rss>${'<x>'.repeat(300)}${'</x>'.repeat(300)}</rss>`;
    expect(problem(deep).message).toMatch(/nested more than 256/);
  });
});

describe('dates of feeds', () => {
  it.each([
    ['Fri, 20 Feb 2015 09:51:15 UTC', '2015-02-20T09:51:15.000Z'],
    ['Wed, 21 Jan 2026 14:38:48 +0100', '2026-01-21T13:38:48.000Z'],
    ['2017-06-15T17:29:47-07:00', '2017-06-16T00:29:47.000Z'],
    ['2016-02-01', '2016-02-01T00:00:00.000Z'],
  ])('reads %j', (raw, iso) => {
    expect(feedDate(raw)).toBe(iso);
  });

  it.each(['the third of April', 'yesterday', '', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z'])(
    'knows no date in %j',
    (raw) => {
      expect(feedDate(raw)).toBeNull();
    },
  );
});
