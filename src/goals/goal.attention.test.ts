import { describe, expect, it } from 'vitest';
import { attentionReasons } from './goal.attention.ts';
import type { Goal } from './goal.schema.ts';

const TODAY = '2027-05-15';

function aGoal(overrides: Partial<Goal> = {}, progress: Partial<Goal['progress']> = {}): Goal {
  return {
    id: 'g1',
    parentId: null,
    title: 'Study Rust for 100 hours',
    description: '',
    why: '',
    category: 'learning',
    startDate: '2027-01-01',
    dueDate: '2027-12-31',
    metric: { unit: 'h', baseline: 0, target: 100, aggregation: 'sum' },
    weight: 1,
    state: 'active',
    completedOn: null,
    visibility: 'private',
    childCount: 0,
    lastCheckInOn: '2027-05-10',
    createdAt: '2027-01-01T00:00:00.000Z',
    updatedAt: '2027-01-01T00:00:00.000Z',
    progress: {
      asOf: TODAY,
      current: 40,
      expected: 37,
      projected: 110,
      projectedCompletionDate: '2027-11-20',
      fraction: 0.4,
      scheduleDeltaDays: 11,
      requiredPerWeek: 1.8,
      observedPerWeek: 2,
      status: 'on_track',
      ...progress,
    },
    ...overrides,
  };
}

describe('attentionReasons', () => {
  it('leaves an on-track goal with a recent check-in alone', () => {
    expect(attentionReasons(aGoal(), TODAY)).toEqual([]);
  });

  it('flags off-track and at-risk goals with how far behind they are', () => {
    const off = attentionReasons(aGoal({}, { status: 'off_track', scheduleDeltaDays: -12 }), TODAY);
    expect(off).toEqual([{ kind: 'off_track', message: expect.stringContaining('12 days behind') }]);
    const risk = attentionReasons(aGoal({}, { status: 'at_risk', scheduleDeltaDays: -1 }), TODAY);
    expect(risk).toEqual([{ kind: 'at_risk', message: expect.stringContaining('1 day behind') }]);
  });

  it('flags a goal with no check-in for 14 days, counting from the start when there is none', () => {
    // 2027-05-01 → 2027-05-15 is 14 days: quiet. 2027-05-02 is 13 days: not yet.
    expect(attentionReasons(aGoal({ lastCheckInOn: '2027-05-01' }), TODAY).map((r) => r.kind)).toEqual([
      'quiet',
    ]);
    expect(attentionReasons(aGoal({ lastCheckInOn: '2027-05-02' }), TODAY)).toEqual([]);
    const never = attentionReasons(aGoal({ lastCheckInOn: null, startDate: '2027-04-01' }), TODAY);
    expect(never[0]?.message).toBe('No check-in yet, 44 days after the start.');
  });

  it('shows a missed goal for 30 days after its due date, then lets it go', () => {
    const missed = (dueDate: string) =>
      attentionReasons(aGoal({ dueDate, lastCheckInOn: '2027-05-14' }, { status: 'missed' }), TODAY).map(
        (r) => r.kind,
      );
    expect(missed('2027-04-15')).toEqual(['missed']);
    expect(missed('2027-04-14')).toEqual([]);
  });

  it('ignores paused, abandoned and achieved goals, and milestones going quiet', () => {
    const behind = { status: 'off_track' as const, scheduleDeltaDays: -30 };
    expect(attentionReasons(aGoal({ state: 'paused' }, behind), TODAY)).toEqual([]);
    expect(attentionReasons(aGoal({ state: 'abandoned' }, behind), TODAY)).toEqual([]);
    expect(attentionReasons(aGoal({ lastCheckInOn: '2027-01-02' }, { status: 'achieved' }), TODAY)).toEqual(
      [],
    );
    expect(
      attentionReasons(aGoal({ metric: null, lastCheckInOn: null }, { status: 'no_data' }), TODAY),
    ).toEqual([]);
  });
});
