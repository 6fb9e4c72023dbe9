// The gap, readiness, standings and plan rules, with every number worked out by hand.
import { describe, expect, it } from 'vitest';
import { gapLines, readiness } from './gap.ts';
import { standings } from './levels.ts';
import { aYearAfter, levelSlices, planDueDate, planGoals } from './plan.ts';

const skill = (id: string, name: string) => ({ id, name });
const rust = skill('rust', 'Rust');
const sql = skill('sql', 'SQL');
const lead = skill('lead', 'Leadership');
const git = skill('git', 'Git');

// Rust needed at 4 (importance 5), SQL 3 (4), Leadership 3 (2), Git 2 (3); the person stands at
// Rust 2, SQL 3, Git 4, and never assessed Leadership (0).
const requirements = [
  { skill: rust, level: 4, importance: 5 },
  { skill: sql, level: 3, importance: 4 },
  { skill: lead, level: 3, importance: 2 },
  { skill: git, level: 2, importance: 3 },
];
const levels: Record<string, number> = { rust: 2, sql: 3, git: 4 };
const lines = gapLines(requirements, (id) => levels[id] ?? null);

describe('gapLines and readiness', () => {
  it('orders by priority = importance × gap, then importance, then name', () => {
    // Rust: gap 4 − 2 = 2, priority 5·2 = 10; Leadership: gap 3, priority 2·3 = 6;
    // SQL: gap 0; Git: max(0, 2 − 4) = 0; of those two, SQL's importance 4 comes before Git's 3.
    expect(lines.map((l) => [l.skill.name, l.current, l.gap, l.priority])).toEqual([
      ['Rust', 2, 2, 10],
      ['Leadership', 0, 3, 6],
      ['SQL', 3, 0, 0],
      ['Git', 4, 0, 0],
    ]);
  });

  it('measures readiness as met importance-weighted levels over those asked, capping each at its need', () => {
    // Met: 5·2 + 4·3 + 2·0 + 3·min(4, 2) = 10 + 12 + 0 + 6 = 28; asked: 5·4 + 4·3 + 2·3 + 3·2 = 44.
    expect(readiness(lines)).toBeCloseTo(28 / 44, 12);
    expect(readiness([])).toBe(1);
    expect(readiness([{ required: 3, importance: 2, current: 5 }])).toBe(1);
  });
});

describe('standings', () => {
  it('takes the latest of each source, the one recorded last on the same date', () => {
    const s = standings([
      { skillId: 'rust', level: 2, source: 'self', date: '2027-03-01', createdAt: '2027-03-01T10:00:00Z' },
      { skillId: 'rust', level: 4, source: 'self', date: '2027-04-01', createdAt: '2027-04-01T09:00:00Z' },
      // Same date, recorded later: this one wins although its level is lower.
      { skillId: 'rust', level: 3, source: 'self', date: '2027-04-01', createdAt: '2027-04-01T17:00:00Z' },
      // Recorded last, but for an earlier date: not the latest.
      { skillId: 'rust', level: 1, source: 'self', date: '2027-02-01', createdAt: '2027-05-01T00:00:00Z' },
      { skillId: 'rust', level: 3, source: 'mentor', date: '2027-05-02', createdAt: '2027-05-02T00:00:00Z' },
      { skillId: 'sql', level: 2, source: 'peer', date: '2027-01-10', createdAt: '2027-01-10T00:00:00Z' },
    ]);
    expect(s.get('rust')).toEqual({
      current: 3,
      views: { mentor: 3, manager: null, peer: null },
      lastAssessedOn: '2027-05-02',
    });
    // Only others' views: no level of one's own yet.
    expect(s.get('sql')).toEqual({
      current: null,
      views: { mentor: null, manager: null, peer: 2 },
      lastAssessedOn: '2027-01-10',
    });
  });
});

describe('the plan', () => {
  it('is due on the target date while it is ahead, else a year from today', () => {
    expect(planDueDate('2027-12-31', '2027-05-15')).toBe('2027-12-31');
    expect(planDueDate('2027-05-15', '2027-05-15')).toBe('2028-05-15');
    expect(planDueDate(null, '2027-05-15')).toBe('2028-05-15');
    expect(aYearAfter('2028-02-29')).toBe('2029-02-28');
  });

  it('plans the top skills that still have a gap, one goal each, with a learning and a practice step', () => {
    const goals = planGoals(lines, {
      maxSkills: 3,
      period: 'quarter',
      today: '2027-05-15',
      dueDate: '2028-05-15',
    });
    // SQL and Git have no gap: only Rust and Leadership, although three were allowed.
    expect(goals.map((g) => g.goal.title)).toEqual([
      'Reach proficient in Rust',
      'Reach competent in Leadership',
    ]);
    expect(goals[0]!.goal).toEqual({
      title: 'Reach proficient in Rust',
      category: 'skill',
      startDate: '2027-05-15',
      dueDate: '2028-05-15',
      metric: { unit: 'level', baseline: 2, target: 4, aggregation: 'last' },
      skillIds: ['rust'],
    });
    expect(goals[0]!.steps.map((s) => s.kind)).toEqual(['learning', 'practice']);
    expect(
      planGoals(lines, { maxSkills: 1, period: 'month', today: '2027-05-15', dueDate: '2028-05-15' }),
    ).toHaveLength(1);
  });

  it('slices in whole levels, joining quarters until the line reaches the next level', () => {
    // 2027-05-15 to 2028-05-15 is N = 367 days: Q2 2027 ends on day 47, Q3 on 139, Q4 on 231,
    // Q1 2028 on 322 (2028 is a leap year), Q2 2028 on 367. The line 2 + 2x/367 rounds to
    // 2.26 → 2, 2.76 → 3, 3.26 → 3, 3.75 → 4, and Q2 2028 gains nothing more, so it joins the last.
    const goal = {
      title: 'Reach proficient in Rust',
      startDate: '2027-05-15',
      dueDate: '2028-05-15',
      metric: { unit: 'level' as const, baseline: 2, target: 4, aggregation: 'last' as const },
    };
    expect(levelSlices(goal, 'quarter')).toEqual([
      {
        title: 'Reach proficient in Rust — Q2–Q3 2027',
        startDate: '2027-05-15',
        dueDate: '2027-09-30',
        metric: { ...goal.metric, baseline: 2, target: 3 },
      },
      {
        title: 'Reach proficient in Rust — Q4 2027–Q2 2028',
        startDate: '2027-10-01',
        dueDate: '2028-05-15',
        metric: { ...goal.metric, baseline: 3, target: 4 },
      },
    ]);

    // 0 → 3 over the same days: 3x/367 at 47, 139, 231, 322 is 0.38 → 0, 1.14 → 1, 1.89 → 2, 2.63 → 3.
    const lead3 = {
      ...goal,
      title: 'Reach competent in Leadership',
      metric: { ...goal.metric, baseline: 0, target: 3 },
    };
    expect(
      levelSlices(lead3, 'quarter').map((s) => [s.title.split(' — ')[1], s.metric.baseline, s.metric.target]),
    ).toEqual([
      ['Q2–Q3 2027', 0, 1],
      ['Q4 2027', 1, 2],
      ['Q1–Q2 2028', 2, 3],
    ]);

    // 0 → 1 by month from 2027-05-15 to 2027-08-31 (N = 109): x/109 at 17, 47, 78 is 0.16, 0.43, 0.72 → 1
    // at the end of July; August gains nothing more and joins it: one slice, May–Aug 2027.
    const month = { ...goal, dueDate: '2027-08-31', metric: { ...goal.metric, baseline: 0, target: 1 } };
    expect(levelSlices(month, 'month').map((s) => [s.title.split(' — ')[1], s.startDate, s.dueDate])).toEqual(
      [['May–Aug 2027', '2027-05-15', '2027-08-31']],
    );
  });
});
