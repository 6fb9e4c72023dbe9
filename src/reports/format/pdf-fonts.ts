// The fonts of a report's PDF. PDFKit's standard Helvetica needs nothing embedded and draws
// Windows-1252 (Western European letters): most reports. A report with any other letter (Polish,
// Czech or Turkish names, Cyrillic, Greek, Vietnamese) is drawn in DejaVu Sans instead, embedded
// with only the glyphs it uses. What DejaVu Sans lacks too (Chinese, Japanese, Korean, emoji) is
// written as "?", so the page never shows an empty box; the file's metadata keeps every character.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import { fitsCodePage, isControl, plainOr, winAnsi } from './win-ansi.ts';

type Doc = PDFKit.PDFDocument;

/** The document's two fonts, by the names they are registered under. */
export const REGULAR = 'Regular';
export const BOLD = 'Bold';

interface Unicode {
  regular: Buffer;
  bold: Buffer;
  covers: (codePoint: number) => boolean;
}

let unicode: Unicode | null = null;

/** DejaVu Sans and its bold, read on the first report that needs them. */
function unicodeFonts(): Unicode {
  if (!unicode) {
    const require = createRequire(import.meta.url);
    const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
    const regular = read('DejaVuSans.ttf');
    const face = fontkit.create(regular);
    unicode = { regular, bold: read('DejaVuSans-Bold.ttf'), covers: (c) => face.hasGlyphForCodePoint(c) };
  }
  return unicode;
}

/** How each document's text is made drawable in its fonts. */
const drawables = new WeakMap<Doc, (text: string) => string>();

/**
 * Registers `doc`'s fonts as REGULAR and BOLD: Helvetica when every character of `allText` (all the
 * document will say) is in Windows-1252, else DejaVu Sans.
 */
export function chooseFonts(doc: Doc, allText: string): void {
  if (fitsCodePage(allText)) {
    doc.registerFont(REGULAR, 'Helvetica');
    doc.registerFont(BOLD, 'Helvetica-Bold');
    drawables.set(doc, winAnsi);
    return;
  }
  const fonts = unicodeFonts();
  doc.registerFont(REGULAR, fonts.regular);
  doc.registerFont(BOLD, fonts.bold);
  drawables.set(doc, (text) => inFont(text, fonts.covers));
}

/** `text` as `doc`'s fonts can draw it (see chooseFonts). */
export function drawable(doc: Doc, text: string): string {
  const draw = drawables.get(doc);
  if (!draw) throw new Error('chooseFonts must be called before text is drawn');
  return draw(text);
}

/** The text with control characters as spaces, and a character the font lacks as its base letter or "?". */
function inFont(text: string, covers: (codePoint: number) => boolean): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    out += isControl(code) ? ' ' : covers(code) ? char : plainOr(char, covers);
  }
  return out;
}
