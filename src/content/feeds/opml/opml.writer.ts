// OPML 2.0 of the feeds a person follows, as podcast apps and feed readers import it.

export interface OpmlFeed {
  title: string;
  url: string;
  siteUrl: string | null;
}

/** True for a code point XML 1.0 can hold (its `Char` production); lone surrogates are not. */
const isXmlChar = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  (c >= 0x10000 && c <= 0x10ffff);

/** The text without the characters XML cannot hold at all (most controls, lone surrogates). */
const xmlChars = (value: string): string => {
  let out = '';
  for (const ch of value) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
};

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Kept as characters: a parser would turn them into spaces in an attribute.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** A value made safe inside a double-quoted XML attribute. */
export const escapeAttribute = (value: string): string =>
  xmlChars(value).replace(/[&<>"'\t\n\r]/g, (c) => ESCAPES[c]!);

/** The OPML document: one `rss` outline per feed, with its title, address and site. */
export function writeOpml(feeds: readonly OpmlFeed[], title: string, created: Date): string {
  const outlines = feeds.map((f) => {
    const name = escapeAttribute(f.title);
    const site = f.siteUrl ? ` htmlUrl="${escapeAttribute(f.siteUrl)}"` : '';
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${escapeAttribute(f.url)}"${site}/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(title)}</title>`,
    `    <dateCreated>${created.toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...outlines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
