// The content lines of a vCard file (2.1, 3.0, 4.0) as real clients write them: folded lines,
// quoted-printable soft line breaks, `itemN.` groups, bare parameters (`TEL;WORK;VOICE`) and
// parameters by name, values in any charset. The file is read as bytes (latin1, one character per
// byte) and each value is decoded on its own, by its ENCODING and CHARSET.

/** One property of a card: `[group.]NAME;params:value`, the value still encoded. */
export interface Property {
  group: string | null;
  /** In upper case. */
  name: string;
  /** By upper-case name; bare parameters are TYPE values, or the ENCODING they name. */
  params: Map<string, string[]>;
  /** The value's bytes, one character each. */
  raw: string;
}

const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** The file as one character per byte, UTF-16 files converted to UTF-8 first, without a byte-order mark. */
export function bytesOf(content: Buffer): string {
  if (content[0] === 0xff && content[1] === 0xfe)
    return Buffer.from(content.subarray(2).toString('utf16le'), 'utf8').toString('latin1');
  if (content[0] === 0xfe && content[1] === 0xff) {
    const swapped = Buffer.from(content.subarray(2));
    swapped.swap16();
    return Buffer.from(swapped.toString('utf16le'), 'utf8').toString('latin1');
  }
  const text = content.toString('latin1');
  return text.startsWith('\u00ef\u00bb\u00bf') ? text.slice(3) : text;
}

/** True when a logical line holds a quoted-printable value that goes on to the next line (`=` at its end). */
const continuesQuotedPrintable = (line: string): boolean => {
  const colon = line.indexOf(':');
  return colon !== -1 && line.endsWith('=') && /QUOTED-PRINTABLE/i.test(line.slice(0, colon));
};

/**
 * The logical lines: a line starting with a space or a tab continues the one before (RFC 2425
 * folding), and so does any line after a quoted-printable value ending in a soft break (`=`), as
 * vCard 2.1 writers break them. Blank lines are dropped.
 */
export function unfold(text: string): string[] {
  const lines: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const last = lines.length - 1;
    if (last >= 0 && continuesQuotedPrintable(lines[last]!)) {
      lines[last] = lines[last]!.slice(0, -1) + line;
    } else if (last >= 0 && (line.startsWith(' ') || line.startsWith('\t'))) {
      lines[last] += line.slice(1);
    } else if (line.trim() !== '') {
      lines.push(line);
    }
  }
  return lines;
}

/** Splits on `separator` outside double quotes. */
function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** A logical line as a property; null for a line that is none (no colon, no name). */
export function propertyOf(line: string): Property | null {
  let quoted = false;
  let colon = -1;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return null;
  const [head = '', ...rest] = splitOutsideQuotes(line.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const name = head
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) return null;
  const params = new Map<string, string[]>();
  const add = (key: string, values: string[]) => params.set(key, [...(params.get(key) ?? []), ...values]);
  for (const param of rest) {
    const eq = param.indexOf('=');
    if (eq === -1) {
      const bare = param.trim().toUpperCase();
      if (bare) add(ENCODINGS.has(bare) ? 'ENCODING' : 'TYPE', [bare]);
      continue;
    }
    const values = splitOutsideQuotes(param.slice(eq + 1), ',').map((v) => v.trim().replace(/^"|"$/g, ''));
    add(param.slice(0, eq).trim().toUpperCase(), values);
  }
  return {
    group: dot === -1 ? null : head.slice(0, dot).toUpperCase(),
    name,
    params,
    raw: line.slice(colon + 1),
  };
}

/** A quoted-printable value's bytes: `=XX` is one byte, anything else itself. */
function decodeQuotedPrintable(raw: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i++) {
    const hex = raw[i] === '=' ? raw.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else if (raw[i] !== '=' || i + 1 < raw.length) {
      bytes.push(raw.charCodeAt(i) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const WINDOWS_1252 = new TextDecoder('windows-1252');

/** Bytes as text: in the CHARSET named, else UTF-8, else (bytes that are no UTF-8) Windows-1252. */
function decodeBytes(bytes: Buffer, charset: string | undefined): string {
  if (charset) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset: read the bytes as if none were named.
    }
  }
  try {
    return UTF8.decode(bytes);
  } catch {
    return WINDOWS_1252.decode(bytes);
  }
}

/** A property's value as text, decoded by its ENCODING and CHARSET; still escaped as vCard escapes. */
export function textOf(property: Property): string {
  const encoding = property.params.get('ENCODING')?.[0]?.toUpperCase();
  const bytes =
    encoding === 'QUOTED-PRINTABLE'
      ? decodeQuotedPrintable(property.raw)
      : encoding === 'B' || encoding === 'BASE64'
        ? Buffer.from(property.raw, 'base64')
        : Buffer.from(property.raw, 'latin1');
  return decodeBytes(bytes, property.params.get('CHARSET')?.[0]);
}

/** Splits an escaped value on `separator` where it is not escaped, and unescapes each part. */
export function splitValue(text: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const next = text[++i]!;
      current += next === 'n' || next === 'N' ? '\n' : next;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  return parts;
}

/** An escaped text value, unescaped: `\n` a line break, `\,` `\;` `\\` themselves. */
export const unescapeText = (text: string): string => splitValue(text, ';').join(';');
