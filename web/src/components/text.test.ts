import { describe, expect, it } from 'vitest';
import { nameInSummary } from './FormError.tsx';
import { sentence } from './text.ts';

describe('sentence', () => {
  it('turns an API message into a sentence of its own', () => {
    expect(sentence('must be an e-mail address')).toBe('Must be an e-mail address.');
    expect(sentence('  is required ')).toBe('Is required.');
  });

  it('leaves the end of a message that already has one', () => {
    expect(sentence('Try quarters or halves.')).toBe('Try quarters or halves.');
    expect(sentence('is it?')).toBe('Is it?');
    expect(sentence('')).toBe('');
  });
});

describe('nameInSummary', () => {
  it("starts a field's line with its label, which the API's message continues", () => {
    expect(
      nameInSummary({ id: 'signup-password', label: 'Password' }, 'must be at least 10 characters'),
    ).toBe('Password');
  });

  it('names a field by its short name when its label is a question', () => {
    const why = { id: 'goal-why', label: 'Why does this matter to you?', name: 'Why it matters' };
    expect(nameInSummary(why, 'must be at most 10000 characters')).toBe('Why it matters');
  });

  it('names no field before a message that is a sentence of its own', () => {
    const period = { id: 'breakdown-half', label: 'Break it down into' };
    expect(
      nameInSummary(
        period,
        'Monthly slices of 5 books would round some months to 0; try quarters or halves.',
      ),
    ).toBeNull();
  });
});
