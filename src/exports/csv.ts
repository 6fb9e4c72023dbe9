// An entity's rows as a CSV file (src/platform/csv.ts): a header row; dates and timestamps are the
// ISO strings the database keeps; lists are one cell.
import { type CsvCell, csvText } from '../platform/csv.ts';

/** One cell: text, a number, a list (joined with "; ") or nothing (an empty cell). */
export type Cell = string | number | readonly string[] | null;

/** A column: its header, and its cell of a row. */
export interface Column<R> {
  header: string;
  cell(row: R): Cell;
}

/** What a list cell joins its items with: not a comma, so a spreadsheet keeps it in one cell. */
export const LIST_SEPARATOR = '; ';

const fieldOf = (cell: Cell): CsvCell =>
  cell === null || typeof cell !== 'object' ? cell : cell.join(LIST_SEPARATOR);

/** The rows as CSV text, the header row first (alone when there are no rows). */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  return csvText([
    columns.map((c) => c.header),
    ...rows.map((row) => columns.map((c) => fieldOf(c.cell(row)))),
  ]);
}
