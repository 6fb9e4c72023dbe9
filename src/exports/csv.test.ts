import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { type Column, toCsv } from './csv.ts';

interface Row {
  title: string;
  value: number | null;
  tags: string[];
}

const COLUMNS: Column<Row>[] = [
  { header: 'title', cell: (r) => r.title },
  { header: 'value', cell: (r) => r.value },
  { header: 'tags', cell: (r) => r.tags },
];

describe('toCsv', () => {
  it('writes a header row and CRLF line ends, numbers as numbers, nothing as an empty field', () => {
    const csv = toCsv(COLUMNS, [
      { title: 'Read', value: 12.5, tags: ['a', 'b'] },
      { title: 'Run', value: null, tags: [] },
    ]);
    // Lists join with "; ", an empty list and null are empty fields; every line ends in CRLF.
    expect(csv).toBe('title,value,tags\r\nRead,12.5,a; b\r\nRun,,\r\n');
  });

  it('answers the header row alone when there are no rows', () => {
    expect(toCsv(COLUMNS, [])).toBe('title,value,tags\r\n');
  });

  it('quotes a comma, a doubled quote, a lone LF and a lone CR, as RFC 4180 says', () => {
    const csv = toCsv(COLUMNS, [
      { title: 'Plan, "then" act', value: 1, tags: [] },
      { title: 'two\nlines', value: 2, tags: [] },
      { title: 'carriage\rreturn', value: 3, tags: [] },
    ]);
    expect(csv).toBe(
      'title,value,tags\r\n' +
        '"Plan, ""then"" act",1,\r\n' +
        '"two\nlines",2,\r\n' +
        '"carriage\rreturn",3,\r\n',
    );
    expect(parse(csv, { columns: true })).toEqual([
      { title: 'Plan, "then" act', value: '1', tags: '' },
      { title: 'two\nlines', value: '2', tags: '' },
      { title: 'carriage\rreturn', value: '3', tags: '' },
    ]);
  });

  it('leads text that a spreadsheet would run as a formula with an apostrophe, but not a negative number', () => {
    const csv = toCsv(COLUMNS, [
      { title: '=HYPERLINK("http://x.example")', value: -2, tags: ['+1 555', 'ok'] },
      { title: '@SUM(A1)', value: 0, tags: ['-x'] },
    ]);
    // The first title holds quotes, so it is quoted; its apostrophe goes inside the quotes.
    // The list is defused as the one cell it becomes: "'+1 555; ok".
    expect(csv).toBe(
      'title,value,tags\r\n' +
        `"'=HYPERLINK(""http://x.example"")",-2,'+1 555; ok\r\n` +
        "'@SUM(A1),0,'-x\r\n",
    );
  });
});
