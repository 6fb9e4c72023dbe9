// A plan to close the gap to a target role: one goal per top-priority skill, in levels, due on the
// target date, broken into quarters or months, with a learning step and a hands-on practice step.

import { levelName } from '../../../shared/skills/levels.ts';
import {
  type CalendarPeriod,
  daysBetween,
  periodLabel,
  planBreakdown,
  roundHalfAwayFromZero,
} from '../../goals/domain/index.ts';

export interface PlanLine {
  skill: { id: string; name: string };
  current: number;
  required: number;
  gap: number;
}

export interface PlanMetric {
  unit: 'level';
  baseline: number;
  target: number;
  aggregation: 'last';
}

export interface PlannedGoalShape {
  skillId: string;
  goal: {
    title: string;
    category: 'skill';
    startDate: string;
    dueDate: string;
    metric: PlanMetric;
    skillIds: string[];
  };
  slices: { title: string; startDate: string; dueDate: string; metric: PlanMetric }[];
  steps: { kind: 'learning' | 'practice'; title: string }[];
}

/** The same date a year later; 29 February becomes 28 February. */
export function aYearAfter(date: string): string {
  const year = Number(date.slice(0, 4)) + 1;
  const monthDay = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

/** When a plan's goals are due: on the target date when it is still ahead, else a year from today. */
export const planDueDate = (targetDate: string | null, today: string): string =>
  targetDate !== null && targetDate > today ? targetDate : aYearAfter(today);

/**
 * One goal for each of the `maxSkills` lines with the highest priority that still have a gap (the
 * lines come sorted by priority), from today to `dueDate`, in slices of whole periods.
 */
export function planGoals(
  lines: readonly PlanLine[],
  options: { maxSkills: number; period: 'quarter' | 'month'; today: string; dueDate: string },
): PlannedGoalShape[] {
  return lines
    .filter((line) => line.gap > 0)
    .slice(0, options.maxSkills)
    .map((line) => planGoal(line, options));
}

function planGoal(
  line: PlanLine,
  { period, today, dueDate }: { period: 'quarter' | 'month'; today: string; dueDate: string },
): PlannedGoalShape {
  const metric: PlanMetric = {
    unit: 'level',
    baseline: line.current,
    target: line.required,
    aggregation: 'last',
  };
  const goal = {
    title: `Reach ${levelName(line.required)} in ${line.skill.name}`,
    category: 'skill' as const,
    startDate: today,
    dueDate,
    metric,
    skillIds: [line.skill.id],
  };
  return {
    skillId: line.skill.id,
    goal,
    slices: levelSlices(goal, period),
    steps: [
      { kind: 'learning', title: `Learn ${line.skill.name}: a course, a book or a guided tutorial` },
      { kind: 'practice', title: `Practise ${line.skill.name} on a real piece of work` },
    ],
  };
}

/**
 * Slices of a goal in whole levels along its target line. Levels are whole numbers, so a month or
 * a quarter can gain less than one: periods are joined until the line, rounded, reaches the next
 * level, and a last stretch that gains nothing joins the slice before it. Each slice starts from
 * the level the one before reached and runs over whole periods ("Q2–Q3 2027").
 */
export function levelSlices(
  goal: { title: string; startDate: string; dueDate: string; metric: PlanMetric },
  period: CalendarPeriod,
): PlannedGoalShape['slices'] {
  const { baseline, target } = goal.metric;
  const periods = planBreakdown({ ...goal, metric: null }, period);
  const n = daysBetween(goal.startDate, goal.dueDate) + 1;
  const levelAt = (date: string) =>
    roundHalfAwayFromZero(baseline + ((target - baseline) * (daysBetween(goal.startDate, date) + 1)) / n, 0);
  const groups: { from: number; to: number; level: number }[] = [];
  let from = 0;
  let reached = baseline;
  periods.forEach((p, i) => {
    const level = i === periods.length - 1 ? target : levelAt(p.dueDate);
    if (level === reached) return;
    groups.push({ from, to: i, level });
    from = i + 1;
    reached = level;
  });
  // A last stretch that gains nothing belongs to the slice before it.
  if (from < periods.length && groups.length > 0) groups.at(-1)!.to = periods.length - 1;
  let level = baseline;
  return groups.map((g) => {
    const first = periods[g.from]!;
    const last = periods[g.to]!;
    const slice = {
      title: `${goal.title} — ${spanLabel(period, first.startDate, last.startDate)}`,
      startDate: first.startDate,
      dueDate: last.dueDate,
      metric: { ...goal.metric, baseline: level, target: g.level },
    };
    level = g.level;
    return slice;
  });
}

/** "Q2 2027", "Q2–Q3 2027", "Q4 2027–Q1 2028" (or months, halves). */
function spanLabel(period: CalendarPeriod, firstStart: string, lastStart: string): string {
  const a = periodLabel(period, firstStart);
  const b = periodLabel(period, lastStart);
  if (a === b) return a;
  const sameYear = firstStart.slice(0, 4) === lastStart.slice(0, 4);
  return sameYear ? `${a.slice(0, -5)}–${b}` : `${a}–${b}`;
}
