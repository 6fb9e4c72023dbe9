import { describe, expect, it } from 'vitest';
import type { Goal } from '../../shared/goals/goal.schema.ts';
import { attentionList, attentionReasons } from './goal.attention.ts';

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
    skillIds: [],
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
      forecast: 'made',
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

describe('attentionList', () => {
  const behind = { status: 'off_track' as const, scheduleDeltaDays: -10 };
  const quiet = { lastCheckInOn: '2027-04-01' };

  it('lists a problem once: a flagged slice inside its flagged parent, worst first', () => {
    const goals = [
      aGoal({ id: 'year', title: 'Year', ...quiet }),
      aGoal({ id: 'q1', parentId: 'year', title: 'Q1' }, behind),
      aGoal({ id: 'q2', parentId: 'year', title: 'Q2' }),
      aGoal({ id: 'week', parentId: 'q1', title: 'Week 1', ...quiet }),
      aGoal({ id: 'other', title: 'Other' }, { status: 'at_risk', scheduleDeltaDays: -2 }),
    ];
    const list = attentionList(goals, TODAY);
    // Year is only quiet itself, but holds an off-track slice: it ranks as off track, before Other.
    expect(list.map((item) => [item.goal.id, item.slices.map((s) => s.id)])).toEqual([
      ['year', ['q1', 'week']],
      ['other', []],
    ]);
    expect(list[0]!.reasons.map((r) => r.kind)).toEqual(['quiet']);
    expect(list[0]!.slices[0]!.reasons.map((r) => r.kind)).toEqual(['off_track']);
  });

  it('lists a flagged slice on its own when its parent is fine', () => {
    const goals = [
      aGoal({ id: 'year', title: 'Year' }),
      aGoal({ id: 'q1', parentId: 'year', title: 'Q1' }, behind),
    ];
    expect(attentionList(goals, TODAY).map((item) => [item.goal.id, item.slices.length])).toEqual([
      ['q1', 0],
    ]);
  });
});
