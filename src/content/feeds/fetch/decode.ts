// A fetched feed's bytes as text: by its byte-order mark, else the charset of the HTTP answer, else
// the encoding its XML declaration names, else UTF-8, and Latin-1 when the bytes are not UTF-8.

/** A decoder for an encoding label (WHATWG names and aliases), or null when the label is unknown. */
function decoderFor(label: string, fatal = false): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase(), { fatal });
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type header, if any. */
export function charsetOf(contentType: string | undefined): string | null {
  if (!contentType) return null;
  for (const param of contentType.split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq === -1 || param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    return value === '' ? null : value;
  }
  return null;
}

const XML_DECLARATION_BYTES = 1024;

/**
 * The encoding the XML declaration names (`<?xml version="1.0" encoding="ISO-8859-1"?>`), read in
 * an ASCII-compatible encoding, as the XML specification's appendix F describes; whitespace may
 * come before it. Only this one attribute is read: the document itself goes to the XML parser.
 */
export function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, XML_DECLARATION_BYTES)).toString('latin1').trimStart();
  if (!head.startsWith('<?xml')) return null;
  const end = head.indexOf('?>');
  const declaration = end === -1 ? head : head.slice(0, end);
  const match = /\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(declaration);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The feed's text; decoding never fails (undecodable bytes become U+FFFD in a declared encoding). */
export function decodeFeed(bytes: Uint8Array, contentType?: string): string {
  for (const [mark, label] of BOMS) {
    // The decoder drops the mark itself.
    if (mark.every((b, i) => bytes[i] === b)) return decoderFor(label)!.decode(bytes);
  }
  for (const label of [charsetOf(contentType), declaredEncoding(bytes)]) {
    const decoder = label ? decoderFor(label) : null;
    if (decoder) return decoder.decode(bytes);
  }
  try {
    return decoderFor('utf-8', true)!.decode(bytes);
  } catch {
    // Browsers read "latin1" as windows-1252, its superset: the same letters, and the curly quotes
    // and dashes that Windows tools wrote in 0x80–0x9F.
    return decoderFor('windows-1252')!.decode(bytes);
  }
}
