import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../test/fixtures.ts';
import { OpmlError, readOpml } from './opml.reader.ts';
import { importableUrl } from './opml.service.ts';
import { escapeAttribute, writeOpml } from './opml.writer.ts';

const OVERCAST = fs.readFileSync(fixture('podcasts', 'opml', 'overcast-2017-flat.mrh-is.opml'), 'utf8');
const publicOnly = (address: string) =>
  !address.startsWith('127.') && address !== '::1' && !address.startsWith('10.');

describe('reading OPML', () => {
  it('reads the Overcast export: 59 feeds, in file order', () => {
    // `grep -c '<outline' …` and `grep -c xmlUrl …` both say 59: a flat list, every outline a feed,
    // 50 on http:// and 9 on https://, none twice; two have an empty htmlUrl.
    const outlines = readOpml(OVERCAST);
    expect(outlines).toHaveLength(59);
    expect(new Set(outlines.map((o) => o.xmlUrl)).size).toBe(59);
    expect(outlines.filter((o) => o.xmlUrl.startsWith('https://'))).toHaveLength(9);
    expect(outlines.filter((o) => o.htmlUrl === null).map((o) => o.title)).toEqual([
      "Devil's Avocado",
      'Intelligence Squared',
    ]);
    expect(outlines[0]).toEqual({
      xmlUrl: 'http://www.bbc.co.uk/programmes/p04b1g3c/episodes/downloads.rss',
      title: '50 Things That Made the Modern Economy',
      htmlUrl: 'http://www.bbc.co.uk/programmes/p04b1g3c',
    });
    expect(outlines.at(-1)).toMatchObject({
      xmlUrl: 'http://feeds.feedburner.com/youretheexpert',
      title: "You're the Expert",
    });
    expect(outlines.every((o) => importableUrl(o.xmlUrl, publicOnly) !== null)).toBe(true);
  });

  it('finds outlines nested in folders, and takes text when there is no title', () => {
    const outlines = readOpml(
      `<?xml version="1.0"?><opml version="2.0"><head/><body>
        <outline text="Tech">
          <outline text="Deep"><outline text="Deeper" type="rss" xmlUrl="https://example.org/deep.xml"/></outline>
          <outline text="Atom &amp; Eve" xmlurl="https://example.org/eve.atom"/>
        </outline>
        <outline text="No feed here" htmlUrl="https://example.org/"/>
        <outline title="Top" text="ignored" xmlUrl=" https://example.org/top.rss "/>
      </body></opml>`,
    );
    expect(outlines).toEqual([
      { xmlUrl: 'https://example.org/deep.xml', title: 'Deeper', htmlUrl: null },
      { xmlUrl: 'https://example.org/eve.atom', title: 'Atom & Eve', htmlUrl: null },
      { xmlUrl: 'https://example.org/top.rss', title: 'Top', htmlUrl: null },
    ]);
  });

  it('refuses what is not OPML, saying why', () => {
    expect(() => readOpml('<rss version="2.0"/>')).toThrow(OpmlError);
    expect(() => readOpml('<rss version="2.0"/>')).toThrow('is not an OPML file: its document is <rss>');
    expect(() => readOpml('Title,URL\nA,https://example.org')).toThrow(/not well-formed XML/);
  });

  it('knows which addresses can be followed without fetching them', () => {
    expect(importableUrl('HTTPS://Example.org/feed', publicOnly)).toBe('https://example.org/feed');
    expect(importableUrl('ftp://example.org/feed', publicOnly)).toBeNull();
    expect(importableUrl('not a url', publicOnly)).toBeNull();
    expect(importableUrl('https://user:pw@example.org/feed', publicOnly)).toBeNull();
    expect(importableUrl('http://127.0.0.1:8080/feed', publicOnly)).toBeNull();
    expect(importableUrl('http://[::1]/feed', publicOnly)).toBeNull();
    expect(importableUrl('http://localhost/feed', publicOnly)).toBeNull();
    expect(importableUrl('http://localhost/feed', () => true)).toBe('http://localhost/feed');
  });
});

describe('writing OPML', () => {
  it('escapes what XML must, and drops what it cannot hold', () => {
    expect(escapeAttribute('Tom & Jerry\'s "<b>" \n\t')).toBe(
      'Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot; &#10;&#9;',
    );
    expect(escapeAttribute('bell\u0007 nul\u0000 lone\ud800 ok 🎧')).toBe('bell nul lone ok 🎧');
  });

  it('writes OPML 2.0 that reads back as the same feeds', () => {
    const feeds = [
      {
        title: 'Tom & Jerry\'s "Show" <live>',
        url: 'https://example.org/feed?a=1&b=2',
        siteUrl: 'https://example.org/',
      },
      { title: 'Plain', url: 'http://example.net/rss', siteUrl: null },
    ];
    const text = writeOpml(feeds, 'Feeds followed in Trellis', new Date('2027-05-15T12:00:00Z'));
    expect(text).toContain('<opml version="2.0">');
    expect(text).toContain('<dateCreated>Sat, 15 May 2027 12:00:00 GMT</dateCreated>');
    expect(text).toContain(
      '<outline type="rss" text="Tom &amp; Jerry&apos;s &quot;Show&quot; &lt;live&gt;" title="Tom &amp; Jerry&apos;s &quot;Show&quot; &lt;live&gt;" xmlUrl="https://example.org/feed?a=1&amp;b=2" htmlUrl="https://example.org/"/>',
    );
    expect(readOpml(text)).toEqual(feeds.map((f) => ({ xmlUrl: f.url, title: f.title, htmlUrl: f.siteUrl })));
  });
});
