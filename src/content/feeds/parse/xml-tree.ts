// A small element tree of an XML document, built from saxes' events: each element with its
// namespace URI, local name, attributes and the base URI its relative links resolve against
// (xml:base, inherited and resolved, else the document's address). saxes is a conforming XML 1.0
// parser: a document that is not well-formed is refused, and it never expands entities from a DTD
// (no billion laughs, no external entities).
import { SaxesParser } from 'saxes';

export interface XmlElement {
  uri: string;
  local: string;
  /** Attributes by `{uri}local` (plain `local` when the attribute has no namespace). */
  attrs: Map<string, string>;
  children: (XmlElement | string)[];
  /** The base URI of the element's content; null when neither xml:base nor the document gave one. */
  base: string | null;
}

/** Why a document is not XML the feed parser can read. */
export class XmlError extends Error {}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const MAX_DEPTH = 256;

// Prefixes feeds use without declaring them; saxes would refuse the document for the first one.
const CUSTOMARY_PREFIXES: Record<string, string> = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  podcast: 'https://podcastindex.org/namespace/1.0',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
};

const attrKey = (uri: string, local: string) => (uri ? `{${uri}}${local}` : local);

/** The attribute `local` (in namespace `uri`, if given) of an element. */
export const attr = (el: XmlElement, local: string, uri = ''): string | undefined =>
  el.attrs.get(attrKey(uri, local));

/** Resolves `reference` against `base`; null when that makes no URL. */
export function resolveUrl(reference: string, base: string | null): string | null {
  const ref = reference.trim();
  if (ref === '') return null;
  if (URL.canParse(ref, base ?? undefined)) return new URL(ref, base ?? undefined).href;
  return null;
}

/**
 * Parses a document into its root element. Whitespace before the XML declaration is accepted; an
 * entity that XML does not define (`&nbsp;`, written by HTML tools) is kept as written rather than
 * refusing the whole feed; anything else that is not well-formed throws an XmlError.
 */
export function parseXml(text: string, documentUrl: string | null): XmlElement {
  const parser = new SaxesParser({
    xmlns: true,
    position: true,
    // No default namespace: no namespace (RSS 2.0). An undeclared prefix: its usual namespace.
    resolvePrefix: (prefix: string) =>
      prefix === '' ? '' : (CUSTOMARY_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`),
  });
  let root: XmlElement | null = null;
  const stack: XmlElement[] = [];
  parser.on('error', (err) => {
    if (err.message.endsWith('undefined entity.')) return;
    throw new XmlError(err.message);
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) throw new XmlError(`elements are nested more than ${MAX_DEPTH} deep`);
    const parent = stack.at(-1);
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) attrs.set(attrKey(a.uri, a.local), a.value);
    const inherited = parent ? parent.base : documentUrl;
    const xmlBase = attrs.get(attrKey(XML_NS, 'base'));
    const el: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attrs,
      children: [],
      base: xmlBase === undefined ? inherited : (resolveUrl(xmlBase, inherited) ?? inherited),
    };
    if (parent) parent.children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => stack.at(-1)?.children.push(t);
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text.replace(/^[\s\uFEFF]+/, '')).close();
  } catch (err) {
    if (err instanceof XmlError) throw err;
    throw new XmlError(err instanceof Error ? err.message : String(err));
  }
  if (!root) throw new XmlError('the document has no element');
  return root;
}

/** The element's children named `local` in namespace `uri`. */
export const childrenNamed = (el: XmlElement, uri: string | readonly string[], local: string): XmlElement[] =>
  el.children.filter(
    (c): c is XmlElement =>
      typeof c !== 'string' &&
      c.local === local &&
      (typeof uri === 'string' ? c.uri === uri : uri.includes(c.uri)),
  );

/** The first such child, if any. */
export const child = (
  el: XmlElement,
  uri: string | readonly string[],
  local: string,
): XmlElement | undefined => childrenNamed(el, uri, local)[0];

/** All the text inside an element, its descendants' too, in document order (an explicit stack). */
export function textOf(el: XmlElement): string {
  let out = '';
  const stack: (XmlElement | string)[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i]!);
  }
  return out;
}
