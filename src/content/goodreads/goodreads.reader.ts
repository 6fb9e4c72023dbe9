// A Goodreads library export ("Export Library" → goodreads_library_export.csv) as the books it
// lists, each with the row it came from, and the rows that cannot be imported, with why.
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { isValidDate } from '../../../shared/calendar.ts';
import { AMOUNT_MAX, NAME_MAX, TITLE_MAX } from '../../../shared/content/content.schema.ts';
import { compactIsbn, isValidIsbn } from '../../../shared/content/isbn.ts';

export interface GoodreadsBook {
  /** The 1-based data row (the header not counted). */
  row: number;
  bookId: string;
  title: string;
  author: string | null;
  pages: number | null;
  isbn: string | null;
  rating: number | null;
  status: 'queued' | 'in_progress' | 'done' | 'abandoned';
  consumedOn: string | null;
}

export interface GoodreadsFile {
  books: GoodreadsBook[];
  skipped: { row: number; reason: string }[];
}

/** Why a file is not a Goodreads export, said to the person. */
export class GoodreadsError extends Error {}

/** Exclusive shelves of books given up on, as people name them. */
const ABANDONED = /(^|-)(abandon(ed)?|dnf|did-not-finish|dropped|gave-up|given-up)(-|$)/;

/** The status a book on an exclusive shelf has. */
export function statusOfShelf(shelf: string): GoodreadsBook['status'] {
  const name = shelf
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  if (name === 'read') return 'done';
  if (name === 'currently-reading') return 'in_progress';
  if (ABANDONED.test(name)) return 'abandoned';
  return 'queued';
}

/** An ISBN field as Goodreads writes it (`="0440238145"`, `=""`), without the spreadsheet wrapping. */
export const unwrap = (field: string): string => {
  const text = field.trim();
  return text.startsWith('="') && text.endsWith('"') ? text.slice(2, -1).trim() : text;
};

/** A date written `yyyy/mm/dd` (or `yyyy-mm-dd`) as `YYYY-MM-DD`; null when it is none. */
export function exportDate(field: string): string | null {
  const date = field.trim().replace(/\//g, '-');
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && isValidDate(date) ? date : null;
}

/** Reads the export; `today` (the person's) is the latest a book may have been read. */
export function readGoodreads(content: Buffer | string, today: string): GoodreadsFile {
  let records: string[][];
  try {
    records = parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true });
  } catch (err) {
    if (err instanceof CsvError) throw new GoodreadsError(`could not be read as CSV: ${err.message}`);
    throw err;
  }
  const [header, ...rows] = records;
  const columns = new Map((header ?? []).map((name, i) => [name.trim(), i]));
  for (const required of ['Book Id', 'Title']) {
    if (!columns.has(required)) {
      throw new GoodreadsError(`is not a Goodreads library export: it has no "${required}" column`);
    }
  }
  const field = (row: string[], name: string) => (row[columns.get(name) ?? -1] ?? '').trim();
  const file: GoodreadsFile = { books: [], skipped: [] };
  const firstRowOf = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const result = readRow((name) => field(cells, name), today);
    if (typeof result === 'string') {
      file.skipped.push({ row, reason: result });
      return;
    }
    const earlier = firstRowOf.get(result.bookId);
    if (earlier !== undefined) {
      file.skipped.push({ row, reason: `repeats the Book Id ${result.bookId} of row ${earlier}` });
      return;
    }
    firstRowOf.set(result.bookId, row);
    file.books.push({ row, ...result });
  });
  return file;
}

/** A row's book, or why it cannot be imported. */
function readRow(field: (name: string) => string, today: string): Omit<GoodreadsBook, 'row'> | string {
  const bookId = field('Book Id');
  if (!/^\d{1,20}$/.test(bookId))
    return bookId ? `has a Book Id that is not a number: ${bookId}` : 'has no Book Id';
  const title = field('Title').replace(/\s+/g, ' ');
  if (!title) return 'has no Title';
  const status = statusOfShelf(field('Exclusive Shelf'));
  let consumedOn: string | null = null;
  if (status === 'done') {
    consumedOn = exportDate(field('Date Read')) ?? exportDate(field('Date Added'));
    if (!consumedOn) return 'is on the read shelf with neither a Date Read nor a Date Added';
    if (consumedOn > today) return `was read on ${consumedOn}, which is after today`;
  }
  const pages = Number(field('Number of Pages'));
  const rating = Number(field('My Rating'));
  const isbn = [unwrap(field('ISBN13')), unwrap(field('ISBN'))].find((s) => s !== '' && isValidIsbn(s));
  return {
    bookId,
    title: title.slice(0, TITLE_MAX),
    author: field('Author').replace(/\s+/g, ' ').slice(0, NAME_MAX) || null,
    pages: Number.isInteger(pages) && pages >= 1 && pages <= AMOUNT_MAX ? pages : null,
    isbn: isbn ? compactIsbn(isbn) : null,
    // 0 is how Goodreads writes "not rated".
    rating: Number.isInteger(rating) && rating >= 1 && rating <= 5 ? rating : null,
    status,
    consumedOn,
  };
}
