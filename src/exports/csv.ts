// Rows as an RFC 4180 file that spreadsheets open as they are: a header row, CRLF line ends, every
// field with a comma, a quote, a CR or a LF quoted. Numbers stay numbers; dates and timestamps are
// the ISO strings the database keeps; lists are one cell.
import { stringify } from 'csv-stringify/sync';

/** One cell: text, a number, a list (joined with "; ") or nothing (an empty cell). */
export type Cell = string | number | readonly string[] | null;

/** A column: its header, and its cell of a row. */
export interface Column<R> {
  header: string;
  cell(row: R): Cell;
}

/** What a list cell joins its items with: not a comma, so a spreadsheet keeps it in one cell. */
export const LIST_SEPARATOR = '; ';

// A spreadsheet runs a cell beginning with one of these as a formula (`=HYPERLINK(…)`, `@SUM(…)`,
// `+1`…), so text from a person or an import could act on the machine that opens the file (OWASP's
// "CSV injection"). A leading apostrophe makes the spreadsheet show it as text.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a spreadsheet shows it, never run: an apostrophe before a formula's first character. */
export const defused = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

const fieldOf = (cell: Cell): string | number => {
  if (cell === null) return '';
  // Numbers are the person's own (a value of -2 is not a formula); only text is defused.
  if (typeof cell === 'number') return cell;
  return defused(typeof cell === 'string' ? cell : cell.join(LIST_SEPARATOR));
};

/** The rows as CSV text, the header row first (alone when there are no rows). */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return stringify(
    [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => fieldOf(c.cell(row))))],
    {
      record_delimiter: 'windows',
      // csv-stringify quotes a field with the whole CRLF but not one with a lone CR or LF; RFC 4180
      // (and every reader) needs those quoted too.
      quoted_match: /[\r\n]/,
    },
  );
}
