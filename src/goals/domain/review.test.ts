import { describe, expect, it } from 'vitest';
import { aMetric } from './goal.factory.ts';
import { reviewGoal } from './review.ts';
import type { Finding, GoalDraft, SmartRule } from './types.ts';

// 1 January – 31 March 2027 is 31 + 28 + 31 = 90 days, start and due date included.
const goodDraft: GoalDraft = {
  title: 'Pass the AWS Solutions Architect exam',
  why: 'It opens the platform team role.',
  parentId: null,
  startDate: '2027-01-01',
  dueDate: '2027-03-31',
  metric: aMetric(0, 60),
  hasChildren: false,
  requiredPerWeek: 4,
};
const noHistory = { bestObservedPerWeek: null };

function finding(rule: SmartRule, draft: Partial<GoalDraft>, best: number | null = 3): Finding {
  const found = reviewGoal({ ...goodDraft, ...draft }, { bestObservedPerWeek: best }).find(
    (f) => f.rule === rule,
  );
  if (!found) throw new Error(`no ${rule} finding`);
  return found;
}

describe('reviewGoal', () => {
  it('answers one finding per rule, in order', () => {
    expect(reviewGoal(goodDraft, noHistory).map((f) => f.rule)).toEqual([
      'specific',
      'measurable',
      'achievable',
      'relevant',
      'time_bound',
      'chunked',
    ]);
  });

  it('passes a well-formed goal on every rule that has something to check', () => {
    const levels = reviewGoal(goodDraft, { bestObservedPerWeek: 3 }).map((f) => f.level);
    expect(levels).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('gives every finding a message and a string suggestion', () => {
    for (const f of reviewGoal(
      { ...goodDraft, title: 'Rust', metric: null, dueDate: null, why: null },
      noHistory,
    )) {
      expect(f.message.length).toBeGreaterThan(0);
      expect(typeof f.suggestion).toBe('string');
      if (f.level !== 'ok') expect(f.suggestion.length).toBeGreaterThan(0);
    }
  });
});

describe('specific', () => {
  it('warns about a title under three words and quotes it back', () => {
    const f = finding('specific', { title: '  Learn   Rust ' });
    expect(f.level).toBe('warn');
    expect(f.message).toContain('“Learn Rust”');
  });

  it('warns about an empty title', () => {
    expect(finding('specific', { title: '   ' })).toMatchObject({
      level: 'warn',
      message: 'This goal has no title yet.',
    });
  });

  it('accepts three words', () => {
    expect(finding('specific', { title: 'Learn Rust properly' }).level).toBe('ok');
  });
});

describe('measurable', () => {
  it('warns when there is neither a metric nor children', () => {
    expect(finding('measurable', { metric: null, hasChildren: false }).level).toBe('warn');
  });

  it('accepts a metric, describing it, or children', () => {
    expect(finding('measurable', { metric: aMetric(2.5, 1200) }).message).toBe(
      "You'll measure it from 2.5 to 1,200 h.",
    );
    expect(finding('measurable', { metric: null, hasChildren: true }).level).toBe('ok');
  });
});

describe('achievable', () => {
  it('warns when the pace needed is over 1.5 times the best shown on another goal', () => {
    // 9.5 > 1.5 · 3 = 4.5.
    const f = finding('achievable', { requiredPerWeek: 9.5 }, 3);
    expect(f.level).toBe('warn');
    expect(f.message).toBe('This needs 9.5 h a week; your best so far is 3 h a week.');
    expect(f.suggestion).toContain('4.5 h a week');
  });

  it('accepts a pace up to exactly 1.5 times the best', () => {
    expect(finding('achievable', { requiredPerWeek: 4.5 }, 3).level).toBe('ok');
    expect(finding('achievable', { requiredPerWeek: 4.51 }, 3).level).toBe('warn');
  });

  it('compares sizes, not signs, for a decreasing goal', () => {
    // |−2.25| = 2.25 ≤ 1.5 · |−2| = 3; shown as 2.3 (half away from zero) and 2.
    const f = finding('achievable', { metric: aMetric(90, 80, 'last', 'kg'), requiredPerWeek: -2.25 }, -2);
    expect(f.level).toBe('ok');
    expect(f.message).toBe(
      "This needs 2.3 kg a week; your best so far is 2 kg a week, so it's within reach.",
    );
  });

  it('is informational without another goal in the same unit', () => {
    const f = finding('achievable', { requiredPerWeek: 9.5 }, null);
    expect(f.level).toBe('info');
    expect(f.message).toBe(
      "This needs 9.5 h a week. You haven't tracked another goal in h yet, so there's nothing to compare it with.",
    );
  });

  it('is informational without a metric or a due date', () => {
    expect(finding('achievable', { metric: null, requiredPerWeek: null }).level).toBe('info');
    expect(finding('achievable', { dueDate: null, requiredPerWeek: null }).level).toBe('info');
  });

  it('is fine once the target is reached', () => {
    expect(finding('achievable', { requiredPerWeek: null }, 0.5).level).toBe('ok');
  });
});

describe('relevant', () => {
  it('warns when there is no reason and no parent goal', () => {
    expect(finding('relevant', { why: null, parentId: null }).level).toBe('warn');
    expect(finding('relevant', { why: '  ', parentId: null }).level).toBe('warn');
  });

  it('accepts a reason or a parent goal', () => {
    expect(finding('relevant', { why: 'Promotion', parentId: null }).level).toBe('ok');
    expect(finding('relevant', { why: null, parentId: 'career-2028' }).level).toBe('ok');
  });
});

describe('time_bound', () => {
  it('warns without a due date and accepts one', () => {
    expect(finding('time_bound', { dueDate: null }).level).toBe('warn');
    expect(finding('time_bound', {})).toMatchObject({ level: 'ok', message: "It's due on Mar 31, 2027." });
  });

  it('warns when a draft is due before it starts', () => {
    expect(finding('time_bound', { dueDate: '2026-12-01' })).toMatchObject({
      level: 'warn',
      message: 'The due date (Dec 1, 2026) comes before the start date (Jan 1, 2027).',
    });
    expect(finding('chunked', { dueDate: '2026-12-01' }).level).toBe('info');
  });
});

describe('chunked', () => {
  it('warns about more than 120 days in one piece', () => {
    // 1 January – 1 May 2027: 120 days to 30 April, so 121 days.
    const f = finding('chunked', { dueDate: '2027-05-01' });
    expect(f.level).toBe('warn');
    expect(f.message).toBe('At 121 days, this is a long stretch to track as one goal.');
  });

  it('accepts exactly 120 days, or a long goal already broken down', () => {
    expect(finding('chunked', { dueDate: '2027-04-30' }).level).toBe('ok');
    expect(finding('chunked', { dueDate: '2027-12-31', hasChildren: true }).level).toBe('ok');
  });

  it('is informational without a due date', () => {
    expect(finding('chunked', { dueDate: null }).level).toBe('info');
  });
});
