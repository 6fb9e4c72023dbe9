// The vCard reader on the real files of the fixtures (as Gmail, Outlook, Thunderbird, XING and the
// RFCs write them) and on a file written here from the quirks of real clients.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import { readVcards, VcardError } from './vcard.reader.ts';

const FOLDERS = ['ez-vcard', 'icaljs-parser-pairs', 'node-vcf'];
const vcf = (folder: string, file: string) => fs.readFileSync(fixture('vcard', folder, file));

describe('the real vCard files of the fixtures', () => {
  it('reads all 22 files: 24 cards, and 3 without a name skipped', () => {
    // grep -c BEGIN:VCARD over the 22 .vcf files: 27 cards. Three have neither FN nor N:
    // icaljs vcard_grouped.vcf (two ADRs), node-vcf photo-base64.vcf and quoted-list.vcf.
    const files = FOLDERS.flatMap((folder) =>
      fs
        .readdirSync(fixture('vcard', folder))
        .filter((f) => f.endsWith('.vcf'))
        .map((f) => readVcards(vcf(folder, f))),
    );
    expect(files).toHaveLength(22);
    expect(files.flatMap((f) => f.cards)).toHaveLength(24);
    expect(files.flatMap((f) => f.skipped)).toEqual([
      { index: 1, reason: 'has no name (neither FN nor N)' },
      { index: 1, reason: 'has no name (neither FN nor N)' },
      { index: 1, reason: 'has no name (neither FN nor N)' },
    ]);
  });

  it('reads Outlook 2003’s vCard 2.1: a quoted-printable note broken inside "=0D=0A", phones without digits left out', () => {
    expect(readVcards(vcf('ez-vcard', 'outlook-2003.vcf')).cards).toEqual([
      {
        index: 1,
        name: 'John Doe III',
        emails: [{ value: 'jdoe@hotmail.com', label: null }],
        // TEL;WORK;VOICE:BusinessPhone and the others hold no number.
        phones: [],
        company: 'Company, The',
        position: 'The Job Title',
        linkedinUrl: null,
        notes: 'This is the note field!!\nSecond line\n\nThird line is empty',
        tags: [],
      },
    ]);
  });

  it('reads Outlook 2007’s bare types (TEL;WORK;FAX) as labels, and its soft line breaks', () => {
    const [card] = readVcards(vcf('ez-vcard', 'outlook-2007.vcf')).cards;
    expect(card!.name).toBe('Mr. Michael Angstadt Jr.');
    expect(card!.phones).toEqual([
      { value: '(111) 555-1111', label: 'work' },
      { value: '(111) 555-2222', label: 'home' },
      { value: '(111) 555-4444', label: 'mobile' },
      { value: '(111) 555-3333', label: 'work fax' },
    ]);
    expect(card!.notes).toBe(
      'This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\n' +
        "But I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
    );
  });

  it('reads Gmail’s itemN.X-ABLabel labels', () => {
    const [card] = readVcards(vcf('ez-vcard', 'gmail-single2.vcf')).cards;
    expect(card!.emails.map((e) => e.label)).toEqual([null, 'home', 'work', null, 'CustomEmailCategory']);
    expect(card!.phones.find((p) => p.value === '5555551119')?.label).toBe('GRAND_CENTRAL');
  });

  it('reads XING’s vCard 2.1 in ISO-8859-1, and the same person in 2.1, 3.0 and 4.0 alike', () => {
    expect(readVcards(vcf('node-vcf', 'xing.vcf')).cards[0]).toMatchObject({
      name: 'Hans-Peter Mustermann',
      company: 'Example GmbH',
      position: 'CTO',
      tags: ['Consulting'],
    });
    const gump = ['vcard-2.1.vcf', 'vcard-3.0.vcf', 'vcard-4.0.vcf'].map(
      (f) => readVcards(vcf('node-vcf', f)).cards[0]!,
    );
    for (const card of gump) {
      expect(card).toMatchObject({
        name: 'Forrest Gump',
        emails: [{ value: 'forrestgump@example.com', label: null }],
        company: 'Bubba Gump Shrimp Co.',
        position: 'Shrimp Man',
      });
    }
    // 4.0 writes numbers as tel: URIs.
    expect(gump[2]!.phones[0]).toEqual({ value: '+11115551212', label: 'work' });
  });

  it('reads three cards of one file, an escaped comma in ORG, and CATEGORIES as tags', () => {
    expect(readVcards(vcf('node-vcf', 'multiple.vcf')).cards.map((c) => c.index)).toEqual([1, 2, 3]);
    expect(readVcards(vcf('icaljs-parser-pairs', 'vcard3.vcf')).cards[0]).toMatchObject({
      company: 'ABC, Inc.',
      tags: ['TRAVEL AGENT', 'INTERNET', 'IETF', 'INDUSTRY', 'INFORMATION TECHNOLOGY'],
    });
  });
});

// A file written here from what real clients do: vCard 2.1 with quoted-printable UTF-8 and
// ISO-8859-1 split by soft line breaks and an 8-bit Latin-1 value; 3.0 with LF line ends, a folded
// name, Apple's item groups and labels, escapes; a card never closed before the next; one without a
// name; 4.0 with Latin-1 bytes and no CHARSET, a tel: URI and a quoted TYPE list; a last card cut off.
const QUIRKS = Buffer.concat([
  Buffer.from(
    'BEGIN:VCARD\r\nVERSION:2.1\r\n' +
      'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;\r\n' +
      'TEL;WORK;VOICE:+49 30 1234567\r\nTEL;CELL:+49 170 7654321\r\n' +
      'EMAIL;INTERNET;PREF:juergen@example.de\r\n' +
      'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Gr=FC=DFe aus K=F6ln,=0D=0A=\r\nzweite Zeile\r\n' +
      'ORG;CHARSET=ISO-8859-1:B',
    'latin1',
  ),
  Buffer.from([0xe4]),
  Buffer.from(
    'ckerei Sch\u00f6n\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\nVERSION:3.0\nFN:Ana\n  Lima\n' +
      'item1.EMAIL;type=INTERNET:ana@example.org\nitem1.X-ABLabel:_$!<Other>!$_\n' +
      'item2.TEL:+55 11 5555 0000\nitem2.X-ABLabel:Studio\n' +
      'ORG:Lima\\, Costa & Filhos;Design\nTITLE:Designer\nCATEGORIES:Design,Brazil,design\n' +
      'URL:https://www.linkedin.com/in/ana-lima-test\nEND:VCARD\n' +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken\r\n' +
      'BEGIN:VCARD\r\nVERSION:4.0\r\nEMAIL:nobody@example.com\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jos',
    'latin1',
  ),
  Buffer.from([0xe9]),
  Buffer.from(' Pe', 'latin1'),
  Buffer.from([0xf1]),
  Buffer.from(
    'a\r\nEMAIL;TYPE=work:jose@example.com\r\nEMAIL;TYPE=home:not-an-address\r\n' +
      'TEL;VALUE=uri;TYPE="voice,cell":tel:+34-600-000-000\r\n' +
      'NOTE:Line one\\nLine two\\, with a comma\r\nEND:VCARD\r\n' +
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Last one',
    'latin1',
  ),
]);

describe('a file of real clients’ quirks, written here', () => {
  // Six cards: 1 Jürgen (2.1), 2 Ana (3.0), 3 never closed, 4 no name, 5 José (4.0), 6 cut off.
  const file = readVcards(QUIRKS);

  it('reads cards 1, 2 and 5, and says why 3, 4 and 6 are skipped', () => {
    expect(file.cards.map((c) => [c.index, c.name])).toEqual([
      [1, 'Jürgen Müller'],
      [2, 'Ana Lima'],
      [5, 'José Peña'],
    ]);
    expect(file.skipped).toEqual([
      { index: 3, reason: 'is not closed by END:VCARD' },
      { index: 4, reason: 'has no name (neither FN nor N)' },
      { index: 6, reason: 'is not closed by END:VCARD' },
    ]);
  });

  it('decodes quoted-printable in the charset named, and 8-bit Latin-1', () => {
    expect(file.cards[0]).toEqual({
      index: 1,
      name: 'Jürgen Müller',
      emails: [{ value: 'juergen@example.de', label: null }],
      phones: [
        { value: '+49 30 1234567', label: 'work' },
        { value: '+49 170 7654321', label: 'mobile' },
      ],
      company: 'Bäckerei Schön',
      position: null,
      linkedinUrl: null,
      notes: 'Grüße aus Köln,\nzweite Zeile',
      tags: [],
    });
  });

  it('unfolds, reads item groups’ labels, unescapes, and keeps each tag once', () => {
    expect(file.cards[1]).toEqual({
      index: 2,
      name: 'Ana Lima',
      emails: [{ value: 'ana@example.org', label: 'other' }],
      phones: [{ value: '+55 11 5555 0000', label: 'Studio' }],
      company: 'Lima, Costa & Filhos',
      position: 'Designer',
      linkedinUrl: 'https://www.linkedin.com/in/ana-lima-test',
      notes: null,
      tags: ['Design', 'Brazil'],
    });
  });

  it('reads bytes that are no UTF-8 as Windows-1252, drops what is no address, and reads tel: URIs', () => {
    expect(file.cards[2]).toMatchObject({
      name: 'José Peña',
      emails: [{ value: 'jose@example.com', label: 'work' }],
      phones: [{ value: '+34-600-000-000', label: 'mobile' }],
      notes: 'Line one\nLine two, with a comma',
    });
  });

  it('reads a UTF-16 file with its byte-order mark', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Łukasz Żak\r\nEND:VCARD\r\n', 'utf16le'),
    ]);
    expect(readVcards(utf16).cards.map((c) => c.name)).toEqual(['Łukasz Żak']);
  });
});

describe('what is no vCard', () => {
  it('refuses a file without any card', () => {
    expect(() => readVcards(Buffer.from('First Name,Last Name\nAda,Quill\n'))).toThrow(VcardError);
    expect(() => readVcards(Buffer.alloc(0))).toThrow('holds no vCard: it has no BEGIN:VCARD line');
  });

  it('never fails on any bytes but with its own error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, card) => {
        const content = card
          ? Buffer.concat([Buffer.from('BEGIN:VCARD\r\nFN:'), Buffer.from(bytes)])
          : Buffer.from(bytes);
        try {
          const file = readVcards(content);
          expect(file.cards.length + file.skipped.length).toBeGreaterThan(0);
        } catch (err) {
          expect(err).toBeInstanceOf(VcardError);
        }
      }),
    );
  });
});
