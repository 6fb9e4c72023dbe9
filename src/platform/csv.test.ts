import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText } from './csv.ts';

describe('csvText', () => {
  it('ends every line in CRLF, writes numbers as numbers and nothing as an empty field', () => {
    expect(
      csvText([
        ['title', 'value'],
        ['Read', 12.5],
        ['Run', null],
      ]),
    ).toBe('title,value\r\nRead,12.5\r\nRun,\r\n');
  });

  it('quotes a comma, a doubled quote, a lone LF and a lone CR, as RFC 4180 says', () => {
    const rows = [['Plan, "then" act'], ['two\nlines'], ['carriage\rreturn']];
    const csv = csvText(rows);
    expect(csv).toBe('"Plan, ""then"" act"\r\n"two\nlines"\r\n"carriage\rreturn"\r\n');
    expect(parse(csv)).toEqual(rows);
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+49 30', "'+49 30"],
    ['-minus', "'-minus"],
    ['@who', "'@who"],
    ['\tTab', "'\tTab"],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
  ])('leads %j, which a spreadsheet would run, with an apostrophe: %j', (text, expected) => {
    expect(parse(csvText([[text]]))).toEqual([[expected]]);
  });

  it('leaves numbers alone, negative ones too', () => {
    expect(csvText([[-2, 0, 1.5]])).toBe('-2,0,1.5\r\n');
  });
});
