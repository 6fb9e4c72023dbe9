// The feeds of an OPML file (a podcast app's or feed reader's export): every outline with an
// xmlUrl, however deeply it is nested in folders.
import { attr, parseXml, type XmlElement, XmlError } from '../parse/xml-tree.ts';

export interface OpmlOutline {
  xmlUrl: string;
  title: string | null;
  htmlUrl: string | null;
}

/** Why a file is not OPML, said to the person. */
export class OpmlError extends Error {}

/** An outline's attribute, whatever its case (`xmlUrl`, `xmlurl`: both are written). */
function attribute(el: XmlElement, name: string): string | undefined {
  const exact = attr(el, name);
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  for (const [key, value] of el.attrs) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

/** The outlines with an xmlUrl, in document order; an OpmlError when the text is not OPML. */
export function readOpml(text: string): OpmlOutline[] {
  let root: XmlElement;
  try {
    root = parseXml(text, null);
  } catch (err) {
    if (err instanceof XmlError) throw new OpmlError(`is not well-formed XML (${err.message})`);
    throw err;
  }
  if (root.local !== 'opml') throw new OpmlError(`is not an OPML file: its document is <${root.local}>`);
  const out: OpmlOutline[] = [];
  // Depth first, in document order, with an explicit stack.
  const stack: XmlElement[] = [root];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (el.local === 'outline') {
      const xmlUrl = attribute(el, 'xmlUrl')?.trim();
      if (xmlUrl) {
        out.push({
          xmlUrl,
          title: (attribute(el, 'title') ?? attribute(el, 'text'))?.trim() || null,
          htmlUrl: attribute(el, 'htmlUrl')?.trim() || null,
        });
      }
    }
    const children = el.children.filter((c): c is XmlElement => typeof c !== 'string');
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
  return out;
}
