import type { CreateGoalBody } from '../../shared/goals/goal.schema.ts';
import type { CheckInService } from './check-in.service.ts';
import { addDays } from './domain/index.ts';
import type { GoalService } from './goal.service.ts';

/** A small deterministic random source, so every demo looks the same for the same day. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Series {
  /** Days between check-ins. */
  every: number;
  /** The amount (sum) or level (last) on the i-th check-in. */
  value: (i: number, random: () => number) => number;
  /** Stop checking in this many days before today (a stalled goal). */
  stopBefore?: number;
  note?: (i: number) => string;
}

/**
 * Fills an account with a year of realistic goals, slices and check-ins: a career goal measured by
 * its parts, a quarterly study plan, a reading goal that has fallen behind, a rising exam score,
 * a stalled networking goal, a decreasing goal and a few milestones.
 */
export async function seedDemo(goals: GoalService, checkIns: CheckInService): Promise<number> {
  const today = goals.today();
  const start = `${addDays(today, -240).slice(0, 7)}-01`;
  const end = addDays(`${String(Number(start.slice(0, 4)) + 1)}${start.slice(4)}`, -1);
  const random = seeded(Number(today.replaceAll('-', '')));
  let count = 0;

  const create = async (body: CreateGoalBody) => {
    count += 1;
    return goals.create(body);
  };
  const checkInOn = async (goalId: string, from: string, series: Series) => {
    const last = addDays(today, -(series.stopBefore ?? 0));
    for (
      let i = 0, date = addDays(from, Math.floor(series.every / 2));
      date <= last;
      i++, date = addDays(date, series.every)
    ) {
      await checkIns.create(goalId, { date, value: series.value(i, random), note: series.note?.(i) ?? '' });
    }
  };
  const sliceFor = async (parentId: string, date: string) => {
    const { items: slices } = await goals.list({ parentId });
    return slices.find((s) => s.startDate <= date && (s.dueDate ?? date) >= date)!.id;
  };

  const career = await create({
    title: 'Become a senior backend engineer',
    why: 'Lead the design of the systems I work on, and be paid for it.',
    description:
      'Promotion case for the next review cycle: depth in distributed systems, shipped work, visibility.',
    category: 'career',
    startDate: start,
    dueDate: end,
    visibility: 'managers',
  });
  const study = await create({
    parentId: career.id,
    title: 'Study distributed systems for 200 hours',
    why: 'The gap between me and the senior role is design depth.',
    category: 'learning',
    startDate: start,
    metric: { unit: 'h', baseline: 0, target: 200, aggregation: 'sum' },
    weight: 2,
  });
  await goals.breakdown(study.id, 'quarter');
  for (let date = addDays(start, 3); date <= today; date = addDays(date, 7)) {
    const hours = Math.round((3 + random() * 2.5) * 2) / 2;
    await checkIns.create(await sliceFor(study.id, date), { date, value: hours, note: '' });
  }
  const ship = await create({
    parentId: career.id,
    title: 'Ship 6 production features end to end',
    category: 'practice',
    startDate: start,
    metric: { unit: 'features', baseline: 0, target: 6, aggregation: 'sum' },
    weight: 2,
  });
  await checkInOn(ship.id, start, {
    every: 55,
    value: () => 1,
    note: (i) => ['Billing export', 'Audit log', 'Rate limiter', 'Search v2', 'SSO'][i % 5]!,
  });
  await create({
    parentId: career.id,
    title: 'Give a talk at the local Go meetup',
    category: 'career',
    dueDate: addDays(today, 40),
  });

  const reading = await create({
    title: 'Read 24 professional books this year',
    why: 'Reading is the cheapest way to borrow experience.',
    category: 'content',
    startDate: start,
    dueDate: end,
    metric: { unit: 'books', baseline: 0, target: 24, aggregation: 'sum' },
  });
  await checkInOn(reading.id, start, { every: 17, value: (i) => (i % 4 === 3 ? 0.5 : 1), note: () => '' });

  const exam = await create({
    title: 'Raise my AWS practice exam score to 85%',
    why: 'Certification is required for the platform team.',
    category: 'skill',
    startDate: addDays(today, -120),
    dueDate: addDays(today, 60),
    metric: { unit: '%', baseline: 55, target: 85, aggregation: 'last' },
  });
  await checkInOn(exam.id, addDays(today, -120), {
    every: 14,
    value: (i, r) => Math.round(57 + i * 2.6 + r() * 3),
  });

  const network = await create({
    title: 'Grow my professional network to 150 people',
    category: 'network',
    startDate: start,
    dueDate: end,
    metric: { unit: 'contacts', baseline: 90, target: 150, aggregation: 'last' },
  });
  await checkInOn(network.id, start, { every: 30, value: (i) => 92 + i * 4, stopBefore: 21 });

  const meetings = await create({
    title: 'Cut my meeting load to 8 hours a week',
    why: 'I need long blocks of focus time to do deep work.',
    category: 'other',
    startDate: addDays(today, -90),
    dueDate: addDays(today, 90),
    metric: { unit: 'h/week', baseline: 16, target: 8, aggregation: 'last' },
  });
  await checkInOn(meetings.id, addDays(today, -90), {
    every: 14,
    value: (i, r) => Math.round((15.5 - i * 0.8 + r()) * 2) / 2,
  });

  await create({
    title: 'Mentor two junior developers through onboarding',
    category: 'mentoring',
    startDate: start,
    dueDate: addDays(today, -30),
    completedOn: addDays(today, -35),
  });
  await create({
    title: 'Launch a consulting side business',
    why: 'Optionality: a second income and my own clients.',
    category: 'business',
    startDate: addDays(today, -60),
    dueDate: addDays(today, 365),
    state: 'paused',
  });
  return count;
}
