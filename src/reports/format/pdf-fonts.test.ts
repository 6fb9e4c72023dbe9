import { describe, expect, it } from 'vitest';
import { drawable } from './pdf-fonts.ts';

describe('text for the PDF’s font (DejaVu Sans)', () => {
  it('keeps Latin, Greek and Cyrillic letters and typographic marks as typed', () => {
    const text = 'Zoë’s café – “naïve” Łódź Erdős Ελένη Анна −3 → 5 ≥ 4 … 50 € • ß';
    expect(drawable(text)).toBe(text);
  });

  it('writes what the font lacks as one "?" per character', () => {
    expect(drawable('日本')).toBe('??');
    // An emoji is two UTF-16 units but one character: one "?".
    expect(drawable('ok 👍')).toBe('ok ?');
  });

  it('turns line breaks, tabs and control characters into spaces', () => {
    expect(drawable('a\r\nb\tc\u0085d')).toBe('a  b c d');
  });
});
