import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { renderReport } from './index.ts';
import { DECADE, EMPTY_WEEK, OWNER, QUARTER } from './report.fixtures.ts';

/** The PDF read back by pdf.js: its pages' text, spaces squeezed, and its metadata. */
async function readPdf(body: string | Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(body as Buffer), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
    }
    text += '\n';
  }
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  const pages = pdf.numPages;
  await pdf.destroy();
  return { text: text.replace(/\s+/g, ' '), info, pages };
}

describe('a report as PDF', () => {
  it('is an A4 PDF with the title, the highlights, every table and every goal', async () => {
    const file = await renderReport(QUARTER, 'pdf', OWNER);
    expect(file.contentType).toBe('application/pdf');
    expect(file.extension).toBe('pdf');
    const body = file.body as Buffer;
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, info } = await readPdf(body);
    expect(info.Title).toBe('Report for Ada Quill: Q1 2027 (Jan 1 – Mar 31, 2027)');
    expect(info.Author).toBe('Ada Quill');
    expect(text).toContain('Report for Ada Quill: Q1 2027 (Jan 1 – Mar 31, 2027)');
    for (const highlight of QUARTER.highlights) expect(text).toContain(highlight);
    // The title's line break is a space on the page; the pipe needs no escaping there.
    expect(text).toContain('Read 12 books on systems');
    expect(text).toContain('Run | walk 500 km');
    for (const heading of ['Goals', 'Time and content', 'Network and mentoring', 'Skills', 'Goal progress']) {
      expect(text).toContain(heading);
    }
    // A table row as the Markdown writes it, and the charts' titles with their axis values.
    expect(text).toContain('Practice hours 12.3 14 -1.8');
    expect(text).toContain('Learning and practice hours per week');
    expect(text).toContain('Content finished per week');
    expect(text).toContain('Skills: your level now and at the start');
    // Learning peaks at 4.5 h a week: about 4 steps of 4.5 / 4 = 1.125 round up to steps of 2, from 0
    // to the first value past 4.5. Of the 14 weeks every second one is dated (at most 8 labels).
    expect(text).toContain(
      'Learning and practice hours per week Learning Practice 0 2 4 6 Jan 1 Jan 11 Jan 25 Feb 8 Feb 22 Mar 8 Mar 22',
    );
    // At most one item a week: whole steps, 0 and 1, not quarters of an item.
    expect(text).toContain('Content finished per week Done 0 1 Jan 1');
  });

  it('draws an empty week: its messages, and no chart for a series without buckets', async () => {
    const { text } = await readPdf((await renderReport(EMPTY_WEEK, 'pdf', OWNER)).body);
    expect(text).toContain('Report for Ada Quill: Week 1 of 2026');
    expect(text).toContain('Nothing stood out in this period.');
    expect(text).toContain('No goal with a metric was active in this period.');
    expect(text).not.toContain('Content finished per day');
  });

  /** Whether the PDF embeds a font (PDFKit writes a TrueType font's program as /FontFile2). */
  const embedsFont = (body: string | Buffer) => (body as Buffer).includes('/FontFile2');

  it('draws Western European letters in its embedded font, small for what it holds', async () => {
    const owner = { name: 'Zoë Ångström-Núñez' };
    const { body } = await renderReport(QUARTER, 'pdf', owner);
    expect(embedsFont(body)).toBe(true);
    expect((await readPdf(body)).text).toContain('Report for Zoë Ångström-Núñez: Q1 2027');
    // Only the glyphs used go in: the two fonts' files are 1.4 MB together.
    expect((body as Buffer).length).toBeLessThan(60_000);
  });

  it('draws names in other scripts, every letter', async () => {
    const owner = { name: 'Анна Петрова' };
    const file = await renderReport(DECADE, 'pdf', owner);
    const { text, info } = await readPdf(file.body);
    expect(info.Title).toBe('Report for Анна Петрова: Jan 1, 2017 – Dec 31, 2026');
    expect(text).toContain('Report for Анна Петрова: Jan 1, 2017 – Dec 31, 2026');
    // A goal's title, a highlight and a skill's name, all in Cyrillic; nothing drawn as "?".
    expect(text).toContain('Прочитать 10 книг');
    expect(text).toContain('Практика выросла на 40%: 310 ч против 220 ч');
    expect(text).toContain('Публичные выступления');
    expect(text).not.toContain('?');
  });

  it('writes what the font lacks (Chinese, emoji) as "?", one per character', async () => {
    const owner = { name: 'Łucja 李 🙂' };
    const file = await renderReport(QUARTER, 'pdf', owner);
    const { text, info } = await readPdf(file.body);
    expect(info.Author).toBe('Łucja 李 🙂');
    // One "?" a character: the emoji is one code point of two UTF-16 units.
    expect(text).toContain('Report for Łucja ? ?: Q1 2027');
  });

  it('renders ten years by month, 20 goals and a radar of six skills over several pages', async () => {
    const file = await renderReport(DECADE, 'pdf', OWNER);
    expect((await readPdf(file.body)).pages).toBeGreaterThan(4);
  });
});
