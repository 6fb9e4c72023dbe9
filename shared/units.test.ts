import { describe, expect, it } from 'vitest';
import { formatDate } from './calendar.ts';
import { formatPercent, formatQuantity } from './numbers.ts';
import { timeUnitOf, unitFor } from './units.ts';

describe('unitFor', () => {
  it.each([
    ['book', 1, 'book'],
    ['book', 2, 'books'],
    ['books', 1, 'book'],
    ['books', 0, 'books'],
    ['talks', 1, 'talk'],
    ['hours', 1, 'hour'],
    ['stories', 1, 'story'],
    ['story', 3, 'stories'],
    ['classes', 1, 'class'],
    ['class', 2, 'classes'],
    ['coach', 2, 'coaches'],
    ['day', 2, 'days'],
    ['series', 1, 'series'], // cannot be made singular safely: as typed
    ['status', 2, 'status'],
    ['blog posts', 1, 'blog post'],
    ['h', 2, 'h'],
    ['km', 1, 'km'],
    ['min', 5, 'min'],
    ['hrs', 1, 'hrs'],
    ['run', 1, 'run'],
    ['run', 3, 'runs'],
    ['km/h', 2, 'km/h'],
    ['h/week', 16, 'h/week'], // a rate: never inflected
    ['pages/day', 1, 'pages/day'],
    ['books read', 2, 'books read'], // the plural is an earlier word: as typed
    ['books read', 1, 'books read'],
    ['hours of practice', 3, 'hours of practice'],
    ['blog post', 2, 'blog posts'],
    ['code review', 1, 'code review'],
    ['USD', 2, 'USD'],
    ['Pages', 1, 'Pages'], // capitals: a name, left alone
  ])('writes %s for %d as %s', (unit, count, expected) => {
    expect(unitFor(unit, count)).toBe(expected);
  });
});

describe('formatQuantity, formatPercent, formatDate', () => {
  it('puts the unit in the number’s form', () => {
    expect(formatQuantity(1, 'books')).toBe('1 book');
    expect(formatQuantity(12, 'book')).toBe('12 books');
    expect(formatQuantity(1.04, 'book')).toBe('1 book'); // rounds to 1, so one book
    expect(formatQuantity(1.5, 'book')).toBe('1.5 books');
    expect(formatQuantity(2.5, 'h')).toBe('2.5 h');
  });

  it('writes a share as a whole percentage without a space', () => {
    expect(formatPercent(0.786)).toBe('79%');
    expect(formatPercent(1)).toBe('100%');
  });

  it('writes a date for people', () => {
    expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
    expect(formatDate('2027-01-05')).toBe('Jan 5, 2027');
  });
});

describe('timeUnitOf', () => {
  it.each([
    ['h', 'hours'],
    ['H', 'hours'],
    [' hrs ', 'hours'],
    ['Hours', 'hours'],
    ['hour', 'hours'],
    ['hours of practice', 'hours'],
    ['h  studied', 'hours'],
    ['min', 'minutes'],
    ['Minutes', 'minutes'],
    ['mins', 'minutes'],
    ['minutes read', 'minutes'],
  ])('reads %j as %s', (unit, expected) => {
    expect(timeUnitOf(unit)).toBe(expected);
  });

  it.each(['m', 'books', 'h/week', 'km/h', 'hours/week', 'days', 'hourly', '', 'person hours', 'h2'])(
    'reads %j as no time unit',
    (unit) => {
      expect(timeUnitOf(unit)).toBeNull();
    },
  );
});
