import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import { connectedOnOf, LinkedInError, readLinkedIn } from './linkedin.reader.ts';

const testdata = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'testdata', name));

describe('a Connections.csv of the current layout (testdata/connections-2024.csv)', () => {
  // Written from the format's quirks: the preamble (Notes:, a quoted sentence, a blank line) above
  // the header, LF line ends, no final newline. Its 13 data rows:
  //  1 Ada Quill: every field             2 "Bram ", "Okafor ", "Head of Data ": trailing spaces
  //  3 only a date: no name, skipped      4 "Nair, MSc, MBA, PHR" and "Harbor Health, Inc.": commas
  //  5 "James ""Tyler""": doubled quotes  6 Li Wei on 29 Feb 2024, a leap day
  //  7 Ada again, her URL with a slash: a repeat of row 1, skipped
  //  8 Zoë Ångström: not ASCII            9 Sam: a first name only
  // 10 Ortega: a last name only, nothing else     11 every field empty: no name, skipped
  // 12 Mo Future: connected on 31 Dec 2099 (the import drops a date after today)   13 Noor Haddad, the last line
  // → 10 connections, 3 rows skipped.
  const file = readLinkedIn(testdata('connections-2024.csv'));

  it('reads 10 connections and skips 3 rows, saying why, by data row', () => {
    expect(file.connections.map((c) => [c.row, c.name])).toEqual([
      [1, 'Ada Quill'],
      [2, 'Bram Okafor'],
      [4, 'Priya Nair, MSc, MBA, PHR'],
      [5, 'James "Tyler" Moreau'],
      [6, 'Li Wei'],
      [8, 'Zoë Ångström'],
      [9, 'Sam'],
      [10, 'Ortega'],
      [12, 'Mo Future'],
      [13, 'Noor Haddad'],
    ]);
    expect(file.skipped).toEqual([
      { row: 3, reason: 'has no name' },
      { row: 7, reason: 'repeats the connection of row 1' },
      { row: 11, reason: 'has no name' },
    ]);
  });

  it('reads every field, trimmed, and the dates written "30 May 2024"', () => {
    expect(file.connections[0]).toEqual({
      row: 1,
      name: 'Ada Quill',
      email: 'ada.quill@example.com',
      profileKey: 'linkedin.com/in/ada-quill-test',
      company: 'Lattice Works',
      position: 'Staff Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill-test',
      connectedOn: '2024-05-30',
    });
    expect(file.connections[1]).toMatchObject({
      email: null,
      company: 'Fenwick & Co',
      position: 'Head of Data',
      connectedOn: '2022-06-02',
    });
    expect(file.connections[2]).toMatchObject({ company: 'Harbor Health, Inc.', connectedOn: '2023-02-14' });
    expect(file.connections[3]).toMatchObject({ company: null, position: null, connectedOn: '2021-01-01' });
    expect(file.connections[4]).toMatchObject({ position: 'Engineer, Platform', connectedOn: '2024-02-29' });
    expect(file.connections[7]).toEqual({
      row: 10,
      name: 'Ortega',
      email: null,
      profileKey: null,
      company: null,
      position: null,
      linkedinUrl: null,
      connectedOn: null,
    });
    expect(file.connections[8]).toMatchObject({ name: 'Mo Future', connectedOn: '2099-12-31' });
  });
});

describe('a Connections.csv of the 2018 layout (testdata/connections-2018.csv)', () => {
  // No preamble, no URL column, CRLF line ends, dates "1/8/18, 6:14 PM" (month first). Rows:
  // 1 Ada Quill   2 Bram Okafor with "urn:li:member:12345" as his e-mail   3 Chen Ito
  // 4 only a date: skipped   5 Dana Reyes on 2/29/16, a leap day → 4 connections, 1 skipped.
  const file = readLinkedIn(testdata('connections-2018.csv'));

  it('reads 4 connections, without profiles, and skips the row without a name', () => {
    expect(file.connections.map((c) => [c.row, c.name, c.email, c.linkedinUrl, c.connectedOn])).toEqual([
      [1, 'Ada Quill', 'ada.quill@example.com', null, '2018-01-08'],
      [2, 'Bram Okafor', null, null, '2017-12-25'],
      [3, 'Chen Ito', null, null, '2018-03-04'],
      [5, 'Dana Reyes', 'dana.reyes@example.com', null, '2016-02-29'],
    ]);
    expect(file.skipped).toEqual([{ row: 4, reason: 'has no name' }]);
  });
});

describe('a real export’s preamble and header (the fixture)', () => {
  it('finds the header below the preamble, and no rows', () => {
    const real = fs.readFileSync(fixture('linkedin', 'Connections.preamble-and-header.2024-12.csv'));
    expect(readLinkedIn(real)).toEqual({ connections: [], skipped: [] });
  });
});

describe('LinkedIn’s dates', () => {
  it.each([
    ['30 May 2024', '2024-05-30'],
    ['02 Jun 2022', '2022-06-02'],
    ['7 Sept 2020', '2020-09-07'],
    ['1/8/18, 6:14 PM', '2018-01-08'],
    ['12/31/17, 11:59 PM', '2017-12-31'],
    // 13 cannot be a month: the day comes first.
    ['13/8/18, 6:14 PM', '2018-08-13'],
    ['2/29/16', '2016-02-29'],
    ['2024-05-30', '2024-05-30'],
  ])('reads %j as %s', (text, date) => {
    expect(connectedOnOf(text)).toBe(date);
  });

  it.each(['', '29 Feb 2023', '2/30/18, 1:00 PM', '30 Foo 2024', 'yesterday'])('reads %j as none', (text) => {
    expect(connectedOnOf(text)).toBeNull();
  });
});

describe('files that are no LinkedIn export', () => {
  it('refuses a CSV without the header, a file that is no CSV, and an empty one', () => {
    expect(() => readLinkedIn('Title,URL\nA,https://example.org\n')).toThrow(LinkedInError);
    expect(() => readLinkedIn('')).toThrow(/no header row with "First Name" and "Last Name"/);
    expect(() => readLinkedIn('First Name,Last Name\n"unclosed,A\n')).toThrow(/could not be read as CSV/);
  });

  it('never fails on any text but with its own error', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        try {
          readLinkedIn(`First Name,Last Name,Email Address\n${text}`);
        } catch (err) {
          expect(err).toBeInstanceOf(LinkedInError);
        }
      }),
    );
  });

  it('reads back any names written as CSV, tidied, or skips the row without one', () => {
    const field = fc.string({ unit: 'binary', maxLength: 20 });
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 20 }), (names) => {
        const csv = ['First Name,Last Name', ...names.map(([f, l]) => `${quote(f)},${quote(l)}`)].join('\n');
        const file = readLinkedIn(csv);
        const tidy = (s: string) => s.replace(/[\s\p{Cc}]+/gu, ' ').trim();
        const expected = names.flatMap(([f, l], i) => {
          const name = tidy(`${tidy(f)} ${tidy(l)}`);
          return name ? [[i + 1, name]] : [];
        });
        expect(file.connections.map((c) => [c.row, c.name])).toEqual(expected);
        expect(file.connections.length + file.skipped.length).toBe(names.length);
      }),
    );
  });
});
