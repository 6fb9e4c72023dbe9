// Every real feed of rss-parser's corpus (../shared/fixtures/podcasts/rss-parser: 31 inputs, 29 with
// the JSON rss-parser makes of them), read as the server reads a fetched feed (decodeFeed, then
// parseFeed), and compared field by field with rss-parser's output where the fields correspond:
//
//   ours          rss-parser
//   title         feed.title, item.title        (whitespace runs made one space, trimmed; '' is none)
//   guid          item.guid (RSS), item.id (Atom), item['rdf:about'] (RSS 1.0)
//   url           item.link, resolved against the feed's address (rss-parser leaves it relative)
//   publishedAt   item.isoDate                  (both are V8's `new Date(pubDate || dc:date)`)
//   minutes       item.itunes.duration          (read by durationMinutes), where rss-parser read iTunes
//   enclosureUrl  item.enclosure.url
//
// Where we differ on purpose, the test says so: an item with nothing to know it by is left out, a
// guid seen twice is kept once, and two Latin-1 feeds that rss-parser decoded as UTF-8 (its output
// has U+FFFD for each accented letter) we decode right.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../../test/fixtures.ts';
import { FeedError } from '../feed-error.ts';
import { decodeFeed } from '../fetch/decode.ts';
import { durationMinutes } from './duration.ts';
import { type ParsedFeed, parseFeed } from './feed-parser.ts';

const CORPUS = fixture('podcasts', 'rss-parser');
const inputs = fs.readdirSync(path.join(CORPUS, 'input')).sort();
const withOutput = inputs.filter((f) => fs.existsSync(outputOf(f)));

function outputOf(input: string): string {
  return path.join(CORPUS, 'output', `${input.replace(/\.[a-z]+$/, '')}.json`);
}

const base = (input: string) => `https://feeds.example.org/rss-parser/${input}`;

function read(input: string): ParsedFeed {
  return parseFeed(decodeFeed(fs.readFileSync(path.join(CORPUS, 'input', input))), base(input));
}

interface Expected {
  title?: string;
  items: {
    title?: string;
    link?: string;
    guid?: string;
    id?: string;
    'rdf:about'?: string;
    isoDate?: string;
    enclosure?: { url?: string };
    itunes?: { duration?: string };
  }[];
}

const expectedOf = (input: string): Expected => JSON.parse(fs.readFileSync(outputOf(input), 'utf8')).feed;

const text = (s: unknown): string | null =>
  typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() || null : null;

const webUrl = (s: string | undefined, baseUrl: string): string | null => {
  if (s === undefined || !URL.canParse(s.trim(), baseUrl)) return null;
  const url = new URL(s.trim(), baseUrl).href;
  return /^https?:/.test(url) ? url : null;
};

/**
 * rss-parser read two Latin-1 feeds as UTF-8: each accented letter became U+FFFD. Ours must match
 * everywhere else, with one non-ASCII letter where it has U+FFFD (or a space: a no-break space,
 * 0xA0 in Latin-1, is whitespace we make one space).
 */
function mangled(expected: string | null): RegExp | string | null {
  if (expected === null || !expected.includes('\uFFFD')) return expected;
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\uFFFD/g, '(?:[^\\x00-\\x7F]| )');
  return new RegExp(`^${escaped}$`);
}

function expectText(actual: string | null, expected: string | null, where: string) {
  const wanted = mangled(expected);
  if (wanted instanceof RegExp) expect(actual, where).toMatch(wanted);
  else expect(actual, where).toBe(wanted);
}

describe('feeds of the rss-parser corpus', () => {
  it('has the files this test counts on', () => {
    expect(inputs).toHaveLength(31);
    // Without output: the HTML page rss-parser refuses, and a feed it is only asked not to throw on.
    expect(inputs.filter((f) => !withOutput.includes(f))).toEqual([
      'itunes-missing-image.rss',
      'unrecognized.rss',
    ]);
  });

  it.each(withOutput)('reads %s as rss-parser does, field by field', (input) => {
    const feed = read(input);
    const expected = expectedOf(input);
    expectText(feed.title, text(expected.title), 'feed title');
    // incomplete-fields.atom has one entry with only an empty <author>: no guid, link, title or
    // date to know it by on the next fetch, so it is left out.
    const items = input === 'incomplete-fields.atom' ? [] : expected.items;
    expect(feed.items).toHaveLength(items.length);
    items.forEach((e, i) => {
      const ours = feed.items[i]!;
      const where = `${input} item ${i}`;
      expectText(ours.title, text(e.title), `${where} title`);
      expect(ours.guid, `${where} guid`).toBe(text(e.guid ?? e.id ?? e['rdf:about']));
      expect(ours.url, `${where} url`).toBe(webUrl(e.link, base(input)));
      expect(ours.publishedAt, `${where} publishedAt`).toBe(e.isoDate ?? null);
      expect(ours.enclosure?.url ?? null, `${where} enclosure`).toBe(webUrl(e.enclosure?.url, base(input)));
      if (e.itunes) expect(ours.minutes, `${where} minutes`).toBe(durationMinutes(e.itunes.duration));
    });
  });

  it('compares 1,239 items in all, and some of every field', () => {
    const all = withOutput.flatMap((input) => read(input).items);
    expect(all).toHaveLength(1_239);
    expect(all.filter((i) => i.enclosure).length).toBeGreaterThan(700);
    expect(all.filter((i) => i.minutes !== null).length).toBeGreaterThan(700);
    expect(all.filter((i) => i.publishedAt !== null).length).toBeGreaterThan(1_000);
  });

  it('recognises RSS 2.0, RSS 0.92, RSS 1.0 and Atom', () => {
    expect(read('narro.rss').format).toBe('rss');
    expect(read('heraldsun.rss').format).toBe('rss');
    expect(read('rss-1.rss').format).toBe('rdf');
    expect(read('craigslist.rss').format).toBe('rdf');
    expect(read('heise.atom').format).toBe('atom');
  });

  it('decodes the Latin-1 feeds right: one by its XML declaration, one with none at all', () => {
    // encoding.rss declares ISO-8859-1; uolNoticias.rss declares nothing and is not UTF-8.
    const encoding = read('encoding.rss');
    expect(encoding.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(encoding.items[0]!.title).toBe('Mãe de utente é a nova presidente da Raríssimas');
    const uol = read('uolNoticias.rss');
    expect(uol.items[0]!.title).toBe(
      'Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno',
    );
  });

  it('resolves relative links against the feed’s address', () => {
    // gulp-atom.atom links its releases as /gulpjs/gulp/releases/tag/v3.9.0.
    expect(read('gulp-atom.atom').items[0]!.url).toBe(
      'https://feeds.example.org/gulpjs/gulp/releases/tag/v3.9.0',
    );
  });

  it('reads the feed without output: whitespace before <?xml, 131 items of which one repeats a guid', () => {
    // itunes-missing-image.rss starts with a space; of its 131 <item>s, the guid
    // http://taverncast.com/shows/geekistry-2.mp3 appears twice: the first is kept, 130 in all.
    const feed = read('itunes-missing-image.rss');
    expect(feed.title).toBe('Taverncast - Happy Hour in Your Head - Since 2005');
    expect(feed.items).toHaveLength(130);
    expect(feed.items.filter((i) => i.guid === 'http://taverncast.com/shows/geekistry-2.mp3')).toHaveLength(
      1,
    );
    expect(feed.items[0]).toMatchObject({
      guid: 'http://taverncast.com/shows/taverncast-62.mp3',
      title: 'Taverncast 62 - Temporal Anomaly',
      publishedAt: '2015-11-07T17:00:00.000Z',
      minutes: 70,
    });
  });

  it('refuses the HTML page as no feed (feed_invalid)', () => {
    // unrecognized.rss is "<head>…</head>\n<body>…</body>": two root elements, not XML.
    let error: unknown;
    try {
      read('unrecognized.rss');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).problem).toBe('invalid');
    expect((error as FeedError).message).toMatch(/not well-formed XML/);
  });
});

describe('the Podcast Index namespace example', () => {
  const file = fixture('podcasts', 'podcast-namespace', 'example.xml');
  const feed = parseFeed(decodeFeed(fs.readFileSync(file)), 'https://example.com/feed.xml');

  it('reads its three episodes, not the live item beside them', () => {
    // <podcast:liveItem> is not an <item>: it is a stream, not an episode to queue.
    expect(feed.title).toBe('Podcasting 2.0 Namespace Example');
    expect(feed.siteUrl).toBe('https://example.com/podcast');
    expect(feed.items.map((i) => [i.guid, i.title, i.publishedAt, i.enclosure?.url])).toEqual([
      [
        'https://example.com/ep0003',
        'Episode 3 - The Future',
        '2020-10-09T04:30:38.000Z',
        'https://example.com/file-03.mp3',
      ],
      [
        'https://example.com/ep0002',
        'Episode 2 - The Present',
        '2020-10-08T04:30:38.000Z',
        'https://example.com/file-02.mp3',
      ],
      [
        'https://example.com/ep0001',
        'Episode 1 - The Past',
        '2020-10-07T04:30:38.000Z',
        'https://example.com/file-01.mp3',
      ],
    ]);
    expect(feed.items[0]!.enclosure?.type).toBe('audio/mpeg');
  });

  it('refuses the namespace’s XSD test wrapper, which is XML but no feed', () => {
    const wrapper = fixture('podcasts', 'podcast-namespace', 'podcast-example.xml');
    expect(() => parseFeed(decodeFeed(fs.readFileSync(wrapper)), null)).toThrow(/not RSS or Atom/);
  });
});
