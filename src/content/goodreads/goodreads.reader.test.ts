import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import { exportDate, GoodreadsError, readGoodreads, statusOfShelf, unwrap } from './goodreads.reader.ts';

const EXPORT = fs.readFileSync(fixture('reading-lists', 'goodreads_library_export.dr-rodriguez.csv'));
const TODAY = '2027-05-15';
const HEADER =
  'Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf,My Review';

const countBy = <T>(items: T[], key: (item: T) => unknown) => {
  const out: Record<string, number> = {};
  for (const item of items) out[String(key(item))] = (out[String(key(item))] ?? 0) + 1;
  return out;
};

describe('a Goodreads library export', () => {
  // The fixture's 326 data rows (csv-parse counts 327 records with the header), worked out with
  // csv-parse and grep over the file:
  //  - every row has a numeric Book Id, none twice, and a Title: nothing is skipped;
  //  - Exclusive Shelf: read 257, to-read 64, dropped 4 (rows 102, 106, 107, 108), currently-reading 1;
  //  - of the 257 read, 177 have a Date Read and 80 only a Date Added (all yyyy/mm/dd, all before 2021);
  //  - My Rating: 0 on 73 rows (unrated), 1 on 4, 2 on 11, 3 on 60, 4 on 89, 5 on 89;
  //  - ISBN13 is a valid ISBN on 183 rows and ="" on 142 but one, row 125, where the columns slid
  //    and it reads ="Contributor" (its ISBN ="AlexisGlyn"): no ISBN there. Row 281 (Prey) has
  //    only ISBN ="0061015725", valid (0+0+48+7+0+5+20+21+4+5 = 110 = 11·10): 184 ISBNs in all;
  //  - Number of Pages is empty on 2 rows.
  const file = readGoodreads(EXPORT, TODAY);

  it('reads all 326 books and skips none', () => {
    expect(file.books).toHaveLength(326);
    expect(file.skipped).toEqual([]);
    expect(file.books.map((b) => b.row)).toEqual(Array.from({ length: 326 }, (_, i) => i + 1));
  });

  it('maps the shelves to statuses, "dropped" to abandoned', () => {
    expect(countBy(file.books, (b) => b.status)).toEqual({
      done: 257,
      queued: 64,
      abandoned: 4,
      in_progress: 1,
    });
    expect(file.books.filter((b) => b.status === 'abandoned').map((b) => b.row)).toEqual([
      102, 106, 107, 108,
    ]);
  });

  it('dates what was read by Date Read, else Date Added, and nothing else', () => {
    const done = file.books.filter((b) => b.status === 'done');
    expect(done.every((b) => b.consumedOn !== null)).toBe(true);
    expect(file.books.filter((b) => b.status !== 'done').every((b) => b.consumedOn === null)).toBe(true);
  });

  it('takes ratings 1 to 5, and 0 as none', () => {
    expect(countBy(file.books, (b) => b.rating)).toEqual({ null: 73, 1: 4, 2: 11, 3: 60, 4: 89, 5: 89 });
  });

  it('takes valid ISBNs only, ISBN13 first, without the ="…" wrapping', () => {
    expect(file.books.filter((b) => b.isbn !== null)).toHaveLength(184);
    expect(file.books.filter((b) => b.isbn?.length === 10).map((b) => [b.row, b.isbn])).toEqual([
      [281, '0061015725'],
    ]);
    expect(file.books[124]).toMatchObject({
      row: 125,
      bookId: '6316985',
      title: 'Diamonds in the Sky',
      isbn: null,
    });
    expect(file.books.filter((b) => b.pages === null)).toHaveLength(2);
  });

  it('reads the first rows as they are written', () => {
    expect(file.books.slice(0, 2)).toEqual([
      {
        row: 1,
        bookId: '1268479',
        title: 'Warbreaker (Warbreaker, #1)',
        author: 'Brandon Sanderson',
        pages: 688,
        isbn: null,
        rating: 4,
        status: 'in_progress',
        consumedOn: null,
      },
      {
        row: 2,
        bookId: '18119',
        title: 'The Subtle Knife (His Dark Materials, #2)',
        author: 'Philip Pullman',
        pages: 288,
        isbn: '9780440238140',
        rating: 4,
        status: 'done',
        consumedOn: '2020-12-27',
      },
    ]);
  });

  it('skips rows it cannot import, saying why, by their data row', () => {
    const csv = [
      HEADER,
      '1,Kept,A,,,,,5,,,,100,,,2027/01/02,2026/12/01,,,read,',
      ',No id,A,,,,,0,,,,,,,,2026/12/01,,,to-read,',
      'abc,Bad id,A,,,,,0,,,,,,,,2026/12/01,,,to-read,',
      '2, ,A,,,,,0,,,,,,,,2026/12/01,,,to-read,',
      '1,Twice,A,,,,,0,,,,,,,,2026/12/01,,,to-read,',
      '3,Undated,A,,,,,0,,,,,,,,,,,read,',
      '4,Future,A,,,,,0,,,,,,,2027/05/16,2026/12/01,,,read,',
      '',
      '5,After a blank line,A,,,,,0,,,,,,,,2026/12/01,,,Did Not Finish,',
    ].join('\n');
    const read = readGoodreads(csv, TODAY);
    expect(read.books.map((b) => [b.row, b.bookId, b.status])).toEqual([
      [1, '1', 'done'],
      [8, '5', 'abandoned'],
    ]);
    expect(read.skipped).toEqual([
      { row: 2, reason: 'has no Book Id' },
      { row: 3, reason: 'has a Book Id that is not a number: abc' },
      { row: 4, reason: 'has no Title' },
      { row: 5, reason: 'repeats the Book Id 1 of row 1' },
      { row: 6, reason: 'is on the read shelf with neither a Date Read nor a Date Added' },
      { row: 7, reason: 'was read on 2027-05-16, which is after today' },
    ]);
  });

  it('refuses a file that is no Goodreads export, or no CSV', () => {
    expect(() => readGoodreads('Title,URL\nA,https://example.org\n', TODAY)).toThrow(GoodreadsError);
    expect(() => readGoodreads('Title,URL\n', TODAY)).toThrow(
      'is not a Goodreads library export: it has no "Book Id" column',
    );
    expect(() => readGoodreads('', TODAY)).toThrow(/no "Book Id" column/);
    expect(() => readGoodreads(`${HEADER}\n1,"unclosed,A\n`, TODAY)).toThrow(/could not be read as CSV/);
  });
});

describe('Goodreads fields', () => {
  it.each([
    ['read', 'done'],
    ['currently-reading', 'in_progress'],
    ['to-read', 'queued'],
    ['abandoned', 'abandoned'],
    ['Abandoned Books', 'abandoned'],
    ['DNF', 'abandoned'],
    ['dnf-2019', 'abandoned'],
    ['did-not-finish', 'abandoned'],
    ['did not finish', 'abandoned'],
    ['dropped', 'abandoned'],
    ['favourites', 'queued'],
    ['', 'queued'],
    ['dnfa', 'queued'],
  ] as const)('puts the %j shelf at %s', (shelf, status) => {
    expect(statusOfShelf(shelf)).toBe(status);
  });

  it('unwraps ISBNs and reads dates', () => {
    expect(unwrap('="0440238145"')).toBe('0440238145');
    expect(unwrap('=""')).toBe('');
    expect(unwrap('9780440238140')).toBe('9780440238140');
    expect(exportDate('2020/12/27')).toBe('2020-12-27');
    expect(exportDate('2020-12-27')).toBe('2020-12-27');
    expect(exportDate('2021/02/29')).toBeNull();
    expect(exportDate('12/27/2020')).toBeNull();
    expect(exportDate('')).toBeNull();
  });
});
