// PDFKit's standard fonts (Helvetica …) have glyphs for Windows-1252 only, and PDFKit writes any
// other character's code as it is, which corrupts the text around it. Embedding a Unicode font would
// add hundreds of kilobytes to every report for the few names outside Western scripts, so text is
// made Windows-1252 first: a letter with an accent the code page lacks loses the accent ("ő" → "o"),
// a few symbols get an ASCII form ("−" → "-", "→" → "->"), anything else becomes "?". Cyrillic,
// Greek or CJK titles therefore print as question marks in the PDF; the Markdown and CSV keep them.

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

const inCodePage = (code: number) =>
  (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_1252_HIGH.has(code);

function toCodePage(char: string): string {
  const code = char.codePointAt(0)!;
  if (inCodePage(code)) return char;
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) return ' '; // control characters, tabs, line breaks
  if (/\s/u.test(char)) return ' '; // thin, em and other spaces
  const close = CLOSE_FORMS[char];
  if (close !== undefined) return close;
  // "ő" decomposes into "o" and a combining accent; keep the letter when it is in the code page.
  const base = char.normalize('NFKD').replace(/\p{M}/gu, '');
  return base !== '' && [...base].every((c) => inCodePage(c.codePointAt(0)!)) ? base : '?';
}

/** The text with every character PDFKit's standard fonts can draw, the others replaced (see above). */
export function winAnsi(text: string): string {
  // Most text is already in the code page: answer it as it is, without a walk per character.
  if (!/[^\x20-\x7e\xa0-\xff]/.test(text)) return text;
  let out = '';
  for (const char of text) out += toCodePage(char); // by code point: an emoji is one "?", not two
  return out;
}
