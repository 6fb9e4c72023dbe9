// The vCard 4.0 writer: escapes, folding, and every contact read back the same by the reader.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactArbitrary as contact } from './vcard.arbitrary.ts';
import { readVcards } from './vcard.reader.ts';
import { type CardContact, escapeText, fold, writeVcards } from './vcard.writer.ts';

const ID = '01a00000-0000-7000-8000-000000000001';

describe('the vCard 4.0 writer', () => {
  it('escapes backslashes, commas and line breaks, and semicolons in a compound value', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).toBe('a\\\\b\\, c; d\\ne\\nf');
    expect(escapeText('a; b', true)).toBe('a\\; b');
  });

  it('folds lines after 75 octets without splitting a character', () => {
    const ascii = `NOTE:${'x'.repeat(200)}`;
    const folded = fold(ascii).split('\r\n');
    // 205 octets: 75 on the first line; a space and the next 74 (75); a space and the last 56 (57).
    expect(folded.map((l) => l.length)).toEqual([75, 75, 57]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    const wide = `FN:${'é'.repeat(60)}`;
    const lines = fold(wide).split('\r\n');
    expect(lines.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    // "FN:" and 36 é (2 octets each) are 75 octets; then a space and the other 24 é: 49.
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([75, 49]);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(wide);
  });

  it('writes a card per contact: labels as TYPEs where vCard has them, else as item labels', () => {
    const contact: CardContact = {
      id: ID,
      name: 'Ada Quill, PhD',
      emails: [
        { value: 'ada@lattice.example', label: 'work' },
        { value: 'ada@home.example', label: 'Old; box' },
      ],
      phones: [
        { value: '+1 555 0100', label: 'mobile' },
        { value: '+1 555 0199', label: null },
      ],
      company: 'Lattice; Works',
      position: 'Staff Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
      notes: 'Two lines\nof notes',
      tags: ['rust', 'speaker, writer'],
    };
    expect(writeVcards([contact]).split('\r\n')).toEqual([
      'BEGIN:VCARD',
      'VERSION:4.0',
      'KIND:individual',
      `UID:urn:uuid:${ID}`,
      'FN:Ada Quill\\, PhD',
      'EMAIL;TYPE=work:ada@lattice.example',
      'item1.EMAIL:ada@home.example',
      'item1.X-ABLabel:Old; box',
      'TEL;VALUE=text;TYPE=cell:+1 555 0100',
      'TEL;VALUE=text:+1 555 0199',
      'ORG:Lattice\\; Works',
      'TITLE:Staff Engineer',
      'URL;TYPE=linkedin:https://www.linkedin.com/in/ada-quill',
      'CATEGORIES:rust,speaker\\, writer',
      'NOTE:Two lines\\nof notes',
      'END:VCARD',
      '',
    ]);
    expect(writeVcards([])).toBe('');
  });
});

describe('a round trip through the writer and the reader', () => {
  it('gives back every contact as it was', () => {
    fc.assert(
      fc.property(fc.array(contact, { maxLength: 5 }), (contacts) => {
        fc.pre(contacts.length > 0);
        const { cards, skipped } = readVcards(Buffer.from(writeVcards(contacts), 'utf8'));
        expect(skipped).toEqual([]);
        expect(cards).toEqual(contacts.map(({ id: _id, ...rest }, i) => ({ index: i + 1, ...rest })));
      }),
    );
  });
});
