import { describe, expect, it } from 'vitest';
import { aKind, kindNoun, roleOf } from './labels.ts';

describe('network words', () => {
  it('names a kind in a sentence, with its article', () => {
    expect(aKind('call')).toBe('a call');
    expect(aKind('email')).toBe('an e-mail');
    expect(aKind('event')).toBe('an event');
    expect(aKind('introduction')).toBe('an introduction');
    expect(kindNoun('other')).toBe('interaction');
    expect(aKind('other')).toBe('an interaction');
  });

  it('reads a role from the address, and nothing else', () => {
    expect(roleOf('mentor')).toBe('mentor');
    expect(roleOf('Mentor')).toBeUndefined();
    expect(roleOf(null)).toBeUndefined();
  });
});
