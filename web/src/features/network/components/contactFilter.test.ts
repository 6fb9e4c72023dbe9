import { describe, expect, it } from 'vitest';
import { filterOf, isNarrowed, paramsOf } from './contactFilter.ts';

describe('the contact filters in the address', () => {
  it('reads a search, a known role and a tag, trimmed', () => {
    expect(filterOf(new URLSearchParams('q=%20acme%20&role=mentor&tag=%20rust'))).toEqual({
      q: 'acme',
      role: 'mentor',
      tag: 'rust',
    });
  });

  it('leaves out unknown roles and empty values', () => {
    expect(filterOf(new URLSearchParams('q=%20&role=boss&tag='))).toEqual({});
    expect(isNarrowed({})).toBe(false);
    expect(isNarrowed({ tag: 'rust' })).toBe(true);
  });

  it('writes them back in a fixed order, and reads back what it wrote', () => {
    const filter = { tag: 'conference 2025', role: 'peer', q: 'Ada' } as const;
    expect(paramsOf(filter).toString()).toBe('q=Ada&role=peer&tag=conference+2025');
    expect(filterOf(paramsOf(filter))).toEqual(filter);
    expect(paramsOf({ q: '  ', tag: ' ' }).toString()).toBe('');
  });
});
