import { describe, expect, it } from 'vitest';
import { fitsCodePage, winAnsi } from './win-ansi.ts';

describe('text for the PDF’s standard fonts (Windows-1252)', () => {
  it('keeps what Windows-1252 has: Latin-1 letters and its typographic marks', () => {
    const text = 'Zoë’s café – “naïve” résumé … 50 € • Œuvre™ ß';
    expect(winAnsi(text)).toBe(text);
  });

  it('drops an accent the code page lacks, keeping the letter', () => {
    // ő and ź decompose into o and z with a combining mark; Ł does not decompose at all.
    expect(winAnsi('Erdős')).toBe('Erdos');
    expect(winAnsi('Łódź')).toBe('?ódz');
  });

  it('writes a few symbols in ASCII and everything else as one "?" per character', () => {
    expect(winAnsi('−3 → 5 ≥ 4')).toBe('-3 -> 5 >= 4');
    expect(winAnsi('Привет')).toBe('??????');
    expect(winAnsi('日本')).toBe('??');
    // An emoji is two UTF-16 units but one character: one "?".
    expect(winAnsi('ok 👍')).toBe('ok ?');
    // A ligature decomposes into its letters.
    expect(winAnsi('ﬁle')).toBe('file');
  });

  it('turns line breaks, tabs and other spaces into plain spaces', () => {
    expect(winAnsi('a\r\nb\tc\u2009d\u0085e')).toBe('a  b c d e');
  });

  it('says whether a text fits the code page without losing a letter', () => {
    // Latin-1 letters, Windows-1252's marks, spaces and symbols with an ASCII form fit.
    expect(fitsCodePage('Zoë’s café – 50 € • Œuvre')).toBe(true);
    expect(fitsCodePage('a\tb\u2009c −3 → 5')).toBe(true);
    // A letter whose accent would be dropped, or one drawn as "?", does not.
    expect(fitsCodePage('Erdős')).toBe(false);
    expect(fitsCodePage('Łódź')).toBe(false);
    expect(fitsCodePage('Привет')).toBe(false);
    expect(fitsCodePage('ok 👍')).toBe(false);
  });
});
