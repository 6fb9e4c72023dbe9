// PDFKit's standard fonts (Helvetica …) have glyphs for Windows-1252 only, and PDFKit writes any
// other character's code as it is, which corrupts the text around it. A report whose text fits the
// code page is drawn in them (pdf-fonts.ts embeds a Unicode font for the others), its text made
// Windows-1252 first: spaces and line breaks as spaces, a few symbols in an ASCII form ("−" → "-",
// "→" → "->"), and, should a character outside it still reach the page, its letter without the
// accent ("ő" → "o") or "?".

/** Characters of Windows-1252 in 0x80–0x9F, by their Unicode code point (the rest map to themselves). */
const WIN_1252_HIGH = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e,
  0x0178,
]);

const CLOSE_FORMS: Record<string, string> = {
  '\u2212': '-', // minus sign
  '\u2010': '-', // hyphen
  '\u2011': '-', // non-breaking hyphen
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2032': "'",
  '\u2033': '"',
};

/** Control characters, tabs and line breaks: drawn as spaces. */
export const isControl = (code: number) => code < 0x20 || (code >= 0x7f && code < 0xa0);

const inCodePage = (code: number) =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_1252_HIGH.has(code);

function toCodePage(char: string): string {
  const code = char.codePointAt(0)!;
  if (inCodePage(code)) return char;
  if (isControl(code)) return ' '; // control characters, tabs, line breaks
  if (/\s/u.test(char)) return ' '; // thin, em and other spaces
  const close = CLOSE_FORMS[char];
  if (close !== undefined) return close;
  return plainOr(char, inCodePage);
}

/** The character without its accents when `draws` has all of what is left ("ő" → "o"), else "?". */
export function plainOr(char: string, draws: (codePoint: number) => boolean): string {
  // "ő" decomposes into "o" and a combining accent.
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
  return base !== '' && [...base].every((c) => draws(c.codePointAt(0)!)) ? base : '?';
}

/** True when the standard fonts draw every character of `text`, or its plain form: no letter lost. */
export function fitsCodePage(text: string): boolean {
  if (!/[^\x20-\x7e\xa0-\xff]/.test(text)) return true;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (!inCodePage(code) && !isControl(code) && !/\s/u.test(char) && CLOSE_FORMS[char] === undefined)
      return false;
  }
  return true;
}

/** The text with every character PDFKit's standard fonts can draw, the others replaced (see above). */
export function winAnsi(text: string): string {
  // Most text is already in the code page: answer it as it is, without a walk per character.
  if (!/[^\x20-\x7e\xa0-\xff]/.test(text)) return text;
  let out = '';
  for (const char of text) out += toCodePage(char); // by code point: an emoji is one "?", not two
  return out;
}
