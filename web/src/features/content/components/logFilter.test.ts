import { describe, expect, it } from 'vitest';
import { filterOf, isNarrowed, paramsOf } from './logFilter.ts';

describe('the log filters in the address', () => {
  it('reads known kinds and statuses, a skill and a search, trimmed', () => {
    const params = new URLSearchParams('kind=book&status=done&skillId=s1&q=%20rust%20');
    expect(filterOf(params)).toEqual({ kind: 'book', status: 'done', skillId: 's1', q: 'rust' });
  });

  it('leaves out unknown values and empty ones', () => {
    expect(filterOf(new URLSearchParams('kind=film&status=finished&skillId=&q=%20'))).toEqual({});
    expect(isNarrowed({})).toBe(false);
    expect(isNarrowed({ q: 'rust' })).toBe(true);
  });

  it('writes them back in a fixed order, and reads back what it wrote', () => {
    const filter = { q: 'rust', skillId: 's1', status: 'queued', kind: 'podcast_episode' } as const;
    expect(paramsOf(filter).toString()).toBe('kind=podcast_episode&status=queued&skillId=s1&q=rust');
    expect(filterOf(paramsOf(filter))).toEqual(filter);
    expect(paramsOf({ q: '  ' }).toString()).toBe('');
  });
});
