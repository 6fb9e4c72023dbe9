// ISBNs as people and exports write them: with or without hyphens and spaces, ISBN-10 or ISBN-13.

/** The ISBN's digits (and a final X of an ISBN-10, in upper case), without hyphens or spaces. */
export const compactIsbn = (raw: string): string => raw.replace(/[\s-]/g, '').toUpperCase();

/**
 * What is wrong with an ISBN, as the end of a sentence ("isbn: …"); null for a valid one. An
 * ISBN-10 is nine digits and a check digit (0–9 or X) whose weighted sum (10 down to 1) is a
 * multiple of 11; an ISBN-13 starts 978 or 979 and its digits, weighted 1, 3, 1, 3 …, sum to a
 * multiple of 10.
 */
export function isbnProblem(raw: string): string | null {
  const isbn = compactIsbn(raw);
  if (/^\d{9}[\dX]$/.test(isbn)) {
    let sum = 0;
    for (let i = 0; i < 10; i += 1) sum += (10 - i) * (isbn[i] === 'X' ? 10 : Number(isbn[i]));
    return sum % 11 === 0 ? null : 'is not a valid ISBN-10 (its check digit does not match)';
  }
  if (/^\d{13}$/.test(isbn)) {
    if (!/^97[89]/.test(isbn)) return 'is not an ISBN-13 (those start with 978 or 979)';
    let sum = 0;
    for (let i = 0; i < 13; i += 1) sum += (i % 2 === 0 ? 1 : 3) * Number(isbn[i]);
    return sum % 10 === 0 ? null : 'is not a valid ISBN-13 (its check digit does not match)';
  }
  return 'must be an ISBN-10 or an ISBN-13: 10 or 13 digits, hyphens allowed (the last of 10 may be X)';
}

/** True for a valid ISBN-10 or ISBN-13, written with or without hyphens and spaces. */
export const isValidIsbn = (raw: string): boolean => isbnProblem(raw) === null;
