// Reads RSS 2.0 (and 0.9x), RSS 1.0 (RDF), Atom 1.0 (and 0.3), with the iTunes and Podcast Index
// namespaces, into one shape: the feed's title and site, and its items.
import { URL_MAX } from '../../../../shared/content/content.schema.ts';
import { invalid } from '../feed-error.ts';
import { durationMinutes } from './duration.ts';
import {
  attr,
  child,
  childrenNamed,
  parseXml,
  resolveUrl,
  textOf,
  type XmlElement,
  XmlError,
} from './xml-tree.ts';

const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RSS1 = ['http://purl.org/rss/1.0/', 'http://my.netscape.com/rdf/simple/0.9/'];
const ATOM = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];
const DC = ['http://purl.org/dc/elements/1.1/', 'http://purl.org/dc/elements/1.1'];
const ITUNES = ['http://www.itunes.com/dtds/podcast-1.0.dtd', 'http://www.itunes.com/DTDs/Podcast-1.0.dtd'];
const PODCAST = [
  'https://podcastindex.org/namespace/1.0',
  'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
];

/** Characters of an item's title and guid that are kept. */
const TITLE_KEPT = 1_000;
const GUID_KEPT = 2_000;

export interface ParsedItem {
  /** What identifies the item across fetches: its guid, else its link, else its title and date. */
  key: string;
  guid: string | null;
  title: string | null;
  /** The item's page (absolute, http or https). */
  url: string | null;
  publishedAt: string | null;
  minutes: number | null;
  enclosure: { url: string; type: string | null } | null;
}

export interface ParsedFeed {
  format: 'rss' | 'rdf' | 'atom';
  title: string | null;
  siteUrl: string | null;
  /** In document order, each key once (the first of two alike is kept). */
  items: ParsedItem[];
}

/** Parses a feed document fetched from `documentUrl`; throws a FeedError (invalid) for anything else. */
export function parseFeed(text: string, documentUrl: string | null): ParsedFeed {
  let root: XmlElement;
  try {
    root = parseXml(text, documentUrl);
  } catch (err) {
    if (err instanceof XmlError) {
      throw invalid(
        `The address does not hold a feed: what it answered is not well-formed XML (${err.message}).`,
      );
    }
    throw err;
  }
  const feed = readFeed(root);
  if (!feed) {
    throw invalid(`The address does not hold a feed: its document is <${root.local}>, not RSS or Atom.`);
  }
  return feed;
}

function readFeed(root: XmlElement): ParsedFeed | null {
  if (root.uri === '' && root.local === 'rss') {
    const channel = child(root, '', 'channel');
    if (!channel) return { format: 'rss', title: null, siteUrl: null, items: [] };
    return {
      format: 'rss',
      title: cleanText(child(channel, '', 'title')),
      siteUrl: linkText(child(channel, '', 'link')),
      items: unique(childrenNamed(channel, '', 'item').map(rssItem)),
    };
  }
  if (root.uri === RDF && root.local === 'RDF') {
    const channel = child(root, RSS1, 'channel');
    return {
      format: 'rdf',
      title: channel ? cleanText(child(channel, RSS1, 'title')) : null,
      siteUrl: channel ? linkText(child(channel, RSS1, 'link')) : null,
      items: unique(childrenNamed(root, RSS1, 'item').map(rdfItem)),
    };
  }
  if (ATOM.includes(root.uri) && root.local === 'feed') {
    return {
      format: 'atom',
      title: cleanText(child(root, ATOM, 'title')),
      siteUrl: atomLink(root, 'alternate'),
      items: unique(childrenNamed(root, ATOM, 'entry').map(atomEntry)),
    };
  }
  return null;
}

function rssItem(item: XmlElement): Draft {
  const guidEl = child(item, '', 'guid');
  const guid = clip(cleanText(guidEl), GUID_KEPT);
  // A guid is a permalink unless it says otherwise (RSS 2.0): the item's page when it has no link.
  const permalink = guidEl && attr(guidEl, 'isPermaLink')?.trim().toLowerCase() !== 'false';
  const date = rawText(child(item, '', 'pubDate')) ?? rawText(child(item, DC, 'date'));
  return {
    guid,
    title: clip(cleanText(child(item, '', 'title')) ?? cleanText(child(item, DC, 'title')), TITLE_KEPT),
    url: linkText(child(item, '', 'link')) ?? (permalink && guid ? webUrl(guid, null) : null),
    date,
    minutes: durationMinutes(rawText(child(item, ITUNES, 'duration')) ?? undefined),
    enclosure: rssEnclosure(item) ?? alternateEnclosure(item),
  };
}

function rdfItem(item: XmlElement): Draft {
  return {
    guid: clip(attr(item, 'about', RDF)?.trim() || null, GUID_KEPT),
    title: clip(cleanText(child(item, RSS1, 'title')) ?? cleanText(child(item, DC, 'title')), TITLE_KEPT),
    url: linkText(child(item, RSS1, 'link')),
    date: rawText(child(item, DC, 'date')),
    minutes: durationMinutes(rawText(child(item, ITUNES, 'duration')) ?? undefined),
    enclosure: null,
  };
}

function atomEntry(entry: XmlElement): Draft {
  const enclosure = childrenNamed(entry, ATOM, 'link').find((l) => attr(l, 'rel')?.trim() === 'enclosure');
  const enclosureUrl = enclosure ? webUrl(attr(enclosure, 'href'), enclosure.base) : null;
  return {
    guid: clip(cleanText(child(entry, ATOM, 'id')), GUID_KEPT),
    title: clip(cleanText(child(entry, ATOM, 'title')), TITLE_KEPT),
    url: atomLink(entry, 'alternate'),
    date:
      rawText(child(entry, ATOM, 'published')) ??
      rawText(child(entry, ATOM, 'updated')) ??
      rawText(child(entry, ATOM, 'issued')) ??
      rawText(child(entry, DC, 'date')),
    minutes: durationMinutes(rawText(child(entry, ITUNES, 'duration')) ?? undefined),
    enclosure:
      enclosure && enclosureUrl ? { url: enclosureUrl, type: attr(enclosure, 'type')?.trim() || null } : null,
  };
}

/** The first `<enclosure url type>` whose url is a web address. */
function rssEnclosure(item: XmlElement): ParsedItem['enclosure'] {
  for (const el of childrenNamed(item, '', 'enclosure')) {
    const url = webUrl(attr(el, 'url'), el.base);
    if (url) return { url, type: attr(el, 'type')?.trim() || null };
  }
  return null;
}

/** The Podcast Index namespace's alternate enclosure (the default one, else the first) with a web source. */
function alternateEnclosure(item: XmlElement): ParsedItem['enclosure'] {
  const all = childrenNamed(item, PODCAST, 'alternateEnclosure');
  const ordered = [...all.filter((e) => attr(e, 'default')?.trim() === 'true'), ...all];
  for (const el of ordered) {
    for (const source of childrenNamed(el, PODCAST, 'source')) {
      const url = webUrl(attr(source, 'uri'), source.base);
      if (url) return { url, type: attr(el, 'type')?.trim() || null };
    }
  }
  return null;
}

/** The href of an Atom element's link of relation `rel` (a link without rel is `alternate`). */
function atomLink(el: XmlElement, rel: string): string | null {
  for (const link of childrenNamed(el, ATOM, 'link')) {
    if ((attr(link, 'rel')?.trim() || 'alternate') !== rel) continue;
    const url = webUrl(attr(link, 'href'), link.base);
    if (url) return url;
  }
  return null;
}

/** An element's text as an absolute web address, resolved against its base. */
const linkText = (el: XmlElement | undefined): string | null => (el ? webUrl(textOf(el), el.base) : null);

/** An absolute http(s) address of at most URL_MAX characters, or null. */
function webUrl(reference: string | undefined, base: string | null): string | null {
  if (reference === undefined) return null;
  const url = resolveUrl(reference, base);
  if (!url || !/^https?:\/\//.test(url) || url.length > URL_MAX) return null;
  return url;
}

/** Text with runs of whitespace made one space and trimmed; null when nothing is left. */
function cleanText(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const text = textOf(el).replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}

function rawText(el: XmlElement | undefined): string | null {
  const text = el ? textOf(el).trim() : '';
  return text === '' ? null : text;
}

const clip = (text: string | null, max: number) => (text && text.length > max ? text.slice(0, max) : text);

/** The instant a feed's date names (RFC 822 or ISO 8601), as ISO 8601 UTC; null when it names none. */
export function feedDate(raw: string | null): string | null {
  if (!raw) return null;
  const time = new Date(raw).getTime();
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  // Years past 9999 are written +010000-…, which no database column takes; year 0 neither.
  return /^\d{4}-/.test(iso) && !iso.startsWith('0000') ? iso : null;
}

/** An item as read, before it has its key and date. */
interface Draft {
  guid: string | null;
  title: string | null;
  url: string | null;
  date: string | null;
  minutes: number | null;
  enclosure: ParsedItem['enclosure'];
}

/** The items with their keys, each key once; an item with nothing to know it by is left out. */
function unique(drafts: Draft[]): ParsedItem[] {
  const seen = new Set<string>();
  const items: ParsedItem[] = [];
  for (const d of drafts) {
    const key = d.guid
      ? `guid:${d.guid}`
      : d.url
        ? `link:${d.url}`
        : d.title || d.date
          ? `title:${d.title ?? ''}\n${d.date ?? ''}`
          : d.enclosure
            ? `enclosure:${d.enclosure.url}`
            : null;
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    items.push({
      key,
      guid: d.guid,
      title: d.title,
      url: d.url,
      publishedAt: feedDate(d.date),
      minutes: d.minutes,
      enclosure: d.enclosure,
    });
  }
  return items;
}
