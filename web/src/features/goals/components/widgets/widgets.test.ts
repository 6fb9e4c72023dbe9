import { describe, expect, it } from 'vitest';
import { dueText } from './dates.ts';
import { percentOf } from './ProgressBar.tsx';
import { scheduleDeltaText } from './ScheduleDelta.tsx';
import { reviewSummary } from './SmartReview.tsx';

describe('dueText', () => {
  it('counts the days to the due date, or past it', () => {
    expect(dueText('2026-03-12', '2026-03-12')).toBe('Due today');
    expect(dueText('2026-03-13', '2026-03-12')).toBe('Due in 1 day');
    // 12 March → 15 April: 19 days to the end of March, then 15.
    expect(dueText('2026-04-15', '2026-03-12')).toBe('Due in 34 days');
    expect(dueText('2026-03-11', '2026-03-12')).toBe('Overdue by 1 day');
    expect(dueText('2026-03-07', '2026-03-12')).toBe('Overdue by 5 days');
  });
});

describe('percentOf', () => {
  it('rounds down, so 100% shows only when the goal is truly done', () => {
    expect(percentOf(0.5)).toBe(50);
    expect(percentOf(0.999)).toBe(99);
    expect(percentOf(1)).toBe(100);
  });

  it('keeps whatever comes in between 0 and 100', () => {
    expect(percentOf(1.2)).toBe(100);
    expect(percentOf(-0.1)).toBe(0);
    expect(percentOf(Number.NaN)).toBe(0);
  });
});

describe('scheduleDeltaText', () => {
  it('rounds to whole days ahead or behind', () => {
    expect(scheduleDeltaText(12.6)).toBe('13 days ahead');
    expect(scheduleDeltaText(-1)).toBe('1 day behind');
    expect(scheduleDeltaText(0.4)).toBe('On schedule');
  });
});

describe('reviewSummary', () => {
  const finding = (level: 'ok' | 'warn' | 'info') => ({
    rule: 'specific' as const,
    level,
    message: '',
    suggestion: '',
  });

  it('counts the findings that look good and those that need work; notes count as neither', () => {
    expect(reviewSummary([finding('ok'), finding('ok'), finding('warn'), finding('info')])).toBe(
      '2 of 4 look good, 1 needs work.',
    );
    expect(reviewSummary([finding('ok'), finding('warn'), finding('warn')])).toBe(
      '1 of 3 look good, 2 need work.',
    );
    expect(reviewSummary([finding('ok'), finding('info')])).toBe('All 2 checks look good.');
  });
});
