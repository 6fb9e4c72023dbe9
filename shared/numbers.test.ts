import { describe, expect, it } from 'vitest';
import { clean, decimalsOf, formatNumber, formatQuantity, roundHalfAwayFromZero } from './numbers.ts';

describe('roundHalfAwayFromZero', () => {
  it('rounds halves away from zero on both sides', () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(0.5, 0)).toBe(1);
    expect(roundHalfAwayFromZero(-0.5, 0)).toBe(-1);
    expect(roundHalfAwayFromZero(2.45, 1)).toBe(2.5);
  });

  it('treats a decimal half stored a hair below as the half it stands for', () => {
    // 1.005 is stored as 1.00499999999999989…, and 1.005 * 100 = 100.49999999999999.
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
  });

  it('rounds non-halves to the nearest and never answers −0', () => {
    expect(roundHalfAwayFromZero(1234.5678, 2)).toBe(1234.57);
    expect(roundHalfAwayFromZero(295.89, 0)).toBe(296);
    expect(Object.is(roundHalfAwayFromZero(-0.4, 0), 0)).toBe(true);
  });
});

describe('decimalsOf', () => {
  it('counts the decimals as the number is written', () => {
    expect(decimalsOf(1200)).toBe(0);
    expect(decimalsOf(12.5)).toBe(1);
    expect(decimalsOf(0.25)).toBe(2);
    expect(decimalsOf(-3.75)).toBe(2);
    expect(decimalsOf(0)).toBe(0);
  });

  it('reads numbers JavaScript writes in exponent form', () => {
    expect(decimalsOf(1e-7)).toBe(7);
    expect(decimalsOf(1.5e-8)).toBe(9);
    expect(decimalsOf(1e21)).toBe(0);
  });
});

describe('clean', () => {
  it('removes binary floating-point noise', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(clean(0.1 + 0.2)).toBe(0.3);
    expect(clean(0.7 + 0.1)).toBe(0.8);
    expect(clean(8.000000000000002)).toBe(8);
  });

  it('keeps nine decimals and turns −0 into 0', () => {
    expect(clean(1 / 3)).toBe(0.333333333);
    expect(clean(-2 / 3)).toBe(-0.666666667);
    expect(Object.is(clean(-0), 0)).toBe(true);
    expect(Object.is(clean(-1e-12), 0)).toBe(true);
  });
});

describe('formatNumber and formatQuantity', () => {
  it('shows up to one decimal without a trailing .0 and groups thousands', () => {
    expect(formatNumber(9.5)).toBe('9.5');
    expect(formatNumber(3.0)).toBe('3');
    expect(formatNumber(3.04)).toBe('3');
    expect(formatNumber(2.25)).toBe('2.3');
    expect(formatNumber(1200)).toBe('1,200');
  });

  it('appends the unit when there is one', () => {
    expect(formatQuantity(9.5, 'h')).toBe('9.5 h');
    expect(formatQuantity(12, 'books')).toBe('12 books');
    expect(formatQuantity(12, '')).toBe('12');
  });
});
