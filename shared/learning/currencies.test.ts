import { describe, expect, it } from 'vitest';
import { CURRENCY_CODES, isCurrencyCode } from './currencies.ts';

describe('currency codes', () => {
  it('are three capitals each, listed once, in order', () => {
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
    expect(new Set(CURRENCY_CODES).size).toBe(CURRENCY_CODES.length);
    expect([...CURRENCY_CODES]).toEqual([...CURRENCY_CODES].sort());
  });

  it('are codes this runtime knows as currencies, but for those newer than its data', () => {
    // A typo (USN for USD, say) shows up here. Codes issued since 2021 may postdate a runtime's
    // ICU: the digital bolívar (VED, 2021), the new leone (SLE, 2022), Zimbabwe Gold (ZWG, 2024),
    // the Caribbean guilder (XCG, 2025). (ICU 78 lacks VED.)
    const newer = ['VED', 'SLE', 'ZWG', 'XCG'];
    const known = new Set(Intl.supportedValuesOf('currency'));
    const unknown = CURRENCY_CODES.filter((code) => !known.has(code));
    expect(unknown.filter((code) => !newer.includes(code))).toEqual([]);
  });

  it('accepts codes in capitals only, and none of the left-out kinds', () => {
    expect(['EUR', 'USD', 'JPY', 'CHF', 'XOF'].every(isCurrencyCode)).toBe(true);
    expect(['eur', 'EURO', 'XAU', 'XXX', 'XTS', 'XDR', 'CHE', 'DEM', ''].some(isCurrencyCode)).toBe(false);
  });
});
