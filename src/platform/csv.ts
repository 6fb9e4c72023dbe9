// CSV as spreadsheets open it (RFC 4180): CRLF line ends, UTF-8, a field quoted when it holds a
// comma, a quote, a CR or a LF. Numbers stay numbers; text a spreadsheet would run as a formula
// is defused. Every CSV file Trellis writes (exports, reports) is written here.
import { stringify } from 'csv-stringify/sync';

/** One field: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null;

/**
 * The rows as CSV text, each line ending in CRLF.
 * - csv-stringify quotes a field with a whole CRLF but not one with a lone CR or LF; RFC 4180 (and
 *   every reader) needs those quoted too.
 * - A spreadsheet runs text beginning with =, +, -, @, a tab or a CR (or their full-width forms)
 *   as a formula (`=HYPERLINK(…)`: OWASP's "CSV injection"), so text from a person or an import
 *   could act on the machine that opens a shared file. Such text gets a leading apostrophe, which
 *   the spreadsheet shows as text; numbers, negative ones too, are left alone.
 */
export function csvText(rows: readonly (readonly CsvCell[])[]): string {
  return stringify(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { record_delimiter: 'windows', quoted_match: /[\r\n]/, escape_formulas: true },
  );
}
