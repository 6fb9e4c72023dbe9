import { describe, expect, it } from 'vitest';
import { compactIsbn, isbnProblem, isValidIsbn } from './isbn.ts';

describe('ISBNs', () => {
  // 0-306-40615-2: 0·10 + 3·9 + 0·8 + 6·7 + 4·6 + 0·5 + 6·4 + 1·3 + 5·2 + 2·1 = 132 = 11·12.
  // 978-0-306-40615-7: 9 + 21 + 8 + 0 + 3 + 0 + 6 + 12 + 0 + 18 + 1 + 15 + 7 = 100.
  // 0-8044-2957-X: 0 + 72 + 0 + 28 + 24 + 10 + 36 + 15 + 14 + 10·1 = 209 = 11·19.
  // 0440238145 and 9780440238140, from the Goodreads fixture: 143 = 11·13, and 100.
  it.each([
    '0-306-40615-2',
    '978-0-306-40615-7',
    '0-8044-2957-X',
    '0-8044-2957-x',
    '0440238145',
    '9780440238140',
    '978 0 306 40615 7',
  ])('accepts %s', (isbn) => {
    expect(isbnProblem(isbn)).toBeNull();
    expect(isValidIsbn(isbn)).toBe(true);
  });

  it('refuses a wrong check digit, saying which kind of ISBN it is', () => {
    // 0-306-40615-3 sums to 133, one past a multiple of 11; …-8 sums to 103.
    expect(isbnProblem('0-306-40615-3')).toMatch(/ISBN-10.*check digit/);
    expect(isbnProblem('978-0-306-40615-8')).toMatch(/ISBN-13.*check digit/);
  });

  it('refuses 13 digits that are no ISBN, an X anywhere but last, and other lengths', () => {
    // A valid EAN-13 check digit, but books start 978 or 979.
    expect(isbnProblem('4006381333931')).toMatch(/start with 978 or 979/);
    expect(isbnProblem('X306406152')).toMatch(/10 or 13 digits/);
    expect(isbnProblem('12345')).toMatch(/10 or 13 digits/);
    expect(isbnProblem('Contributor')).toMatch(/10 or 13 digits/);
    expect(isbnProblem('')).toMatch(/10 or 13 digits/);
  });

  it('compacts to digits and an upper-case X', () => {
    expect(compactIsbn(' 0-8044-2957-x ')).toBe('080442957X');
    expect(compactIsbn('978 0 306 40615 7')).toBe('9780306406157');
  });
});
