import { describe, expect, it } from 'vitest';
import { aGoal, aMetric, aProgress } from '../../goal.factory.ts';
import { againstTarget, finishOf, isDecreasing, movingAway, observedPace, requiredPace } from './phrases.ts';

const hours = aMetric(0, 200, 'sum', 'h');
const score = aMetric(50, 80, 'last', 'points');
const meetings = aMetric(16, 8, 'last', 'h/week');

describe('requiredPace', () => {
  it('asks a sum for an amount a week', () => {
    expect(requiredPace(hours, 9.5)).toBe('Needs 9.5 h a week');
  });

  it('says which way a level, or a sum that has to come down, must move', () => {
    expect(requiredPace(score, 1.5)).toBe('Needs to rise 1.5 points each week');
    expect(requiredPace(hours, -2)).toBe('Needs to fall 2 h a week');
  });

  it('keeps two decimals for a pace under one, so a slow one does not read as nothing', () => {
    // One talk in 40 weeks: 1/40 = 0.025, rounded half away from zero to 0.03.
    expect(requiredPace(aMetric(0, 1, 'sum', 'talks'), 1 / 40)).toBe('Needs 0.03 talks a week');
  });
});

describe('observedPace', () => {
  it('says a sum as an amount a week, and a level as rising, falling or flat', () => {
    expect(observedPace(hours, 3)).toBe('3 h a week');
    expect(observedPace(hours, 0)).toBe('0 h a week');
    // 1.25 rounds half away from zero to one decimal: 1.3.
    expect(observedPace(score, -1.25)).toBe('Falling 1.3 points each week');
    expect(observedPace(score, 1e-12)).toBe('Flat');
  });

  it('says a sum going down as falling', () => {
    expect(observedPace(hours, -3)).toBe('Falling 3 h a week');
  });
});

describe('movingAway', () => {
  it('is true when the trend points away from the target, or nowhere', () => {
    expect(movingAway(hours, -1)).toBe(true);
    expect(movingAway(hours, 0)).toBe(true);
    expect(movingAway(hours, 1)).toBe(false);
    // Coming down from 16 to 8: falling is towards the target.
    expect(movingAway(meetings, -0.5)).toBe(false);
    expect(movingAway(meetings, 0.5)).toBe(true);
  });
});

describe('againstTarget', () => {
  it('reads "of the target" from zero, and names the start otherwise', () => {
    expect(againstTarget(hours)).toBe('of 200 h');
    expect(againstTarget(score)).toBe('target 80 points, up from 50 points');
  });

  it('phrases a target below the baseline as coming down', () => {
    expect(isDecreasing(meetings)).toBe(true);
    expect(againstTarget(meetings)).toBe('target 8 h/week, down from 16 h/week');
  });
});

describe('finishOf', () => {
  const metricGoal = (progress: Parameters<typeof aProgress>[0], dueDate: string | null = '2026-06-30') =>
    aGoal({ metric: hours, dueDate, progress: aProgress(progress) });

  it('counts the days a forecast finish lands after the due date', () => {
    // 30 June → 3 July: 3 days late; 1 July: 1 day.
    const late = finishOf(metricGoal({ status: 'off_track', projectedCompletionDate: '2026-07-03' }));
    expect(late).toMatchObject({ label: 'Expected to finish', note: '3 days after the due date' });
    expect(late?.text).toContain('2026');
    const oneDay = finishOf(metricGoal({ status: 'at_risk', projectedCompletionDate: '2026-07-01' }));
    expect(oneDay?.note).toBe('1 day after the due date');
  });

  it('adds no note to a finish on time, or to a goal without a due date', () => {
    expect(
      finishOf(metricGoal({ status: 'on_track', projectedCompletionDate: '2026-06-30' })),
    ).not.toHaveProperty('note');
    expect(
      finishOf(metricGoal({ status: 'unscheduled', projectedCompletionDate: '2027-01-01' }, null)),
    ).not.toHaveProperty('note');
  });

  it('says "not at this pace" when the trend never reaches the target, and nothing before a trend', () => {
    expect(finishOf(metricGoal({ status: 'off_track', observedPerWeek: -1 }))).toEqual({
      label: 'Expected to finish',
      text: 'Not at this pace',
    });
    expect(finishOf(metricGoal({ status: 'no_data' }))).toBeNull();
  });

  it('says when an achieved goal reached its target', () => {
    const done = finishOf(metricGoal({ status: 'achieved', projectedCompletionDate: '2026-05-02' }));
    expect(done?.label).toBe('Reached the target');
    expect(done).not.toHaveProperty('note');
  });
});
