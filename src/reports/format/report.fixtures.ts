// Reports written by hand for the renderers' tests: a quarter with every figure, two goals, a skill
// and highlights; an empty ISO week; and ten years by month, for speed and a script the PDF's fonts
// lack. Their numbers are chosen so rounding shows (12.25 h, −1.75 h).
import { addDays } from '../../../shared/calendar.ts';
import type { Figure, FigureKey, Report } from '../../../shared/reports/report.schema.ts';

export const OWNER = { name: 'Ada Quill' };

const figure = (key: FigureKey, label: string, value: number, previous: number): Figure => ({
  key,
  label,
  value,
  previous,
  change: value - previous,
});

const skill = (id: string, name: string) => ({ id, name, kind: 'hard' as const, category: null });

/** Q1 2027's ISO weeks cut to the quarter: Fri Jan 1–Sun Jan 3, twelve whole weeks, Mon Mar 29–Wed Mar 31. */
const Q1_WEEKS = [
  { from: '2027-01-01', to: '2027-01-03' },
  ...Array.from({ length: 12 }, (_, i) => ({
    from: addDays('2027-01-04', 7 * i),
    to: addDays('2027-01-10', 7 * i),
  })),
  { from: '2027-03-29', to: '2027-03-31' },
];
// Sum 31.5, the learning hours figure.
const LEARNING = [3, 2.5, 0, 4, 1.5, 2, 3, 2, 4.5, 1, 3, 2.5, 1.5, 1];
// Sum 12.25, the practice hours figure.
const PRACTICE = [0, 0.5, 1, 1, 0.75, 1, 1, 1, 1, 1, 1, 1, 1, 1];
// Sum 6, the content done figure.
const DONE = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0];

export const QUARTER: Report = {
  period: { from: '2027-01-01', to: '2027-03-31' },
  previous: { from: '2026-10-01', to: '2026-12-31' },
  kind: 'quarter',
  figures: [
    figure('goals.active', 'Active goals', 4, 3),
    figure('goals.achieved', 'Goals achieved', 1, 0),
    figure('goals.missed', 'Goals missed', 0, 1),
    figure('goals.onTrack', 'On track', 2, 1),
    figure('goals.atRisk', 'At risk', 1, 1),
    figure('goals.offTrack', 'Off track', 0, 1),
    figure('learning.hours', 'Learning hours', 31.5, 22),
    figure('practice.hours', 'Practice hours', 12.25, 14),
    figure('content.done', 'Content finished', 6, 4),
    figure('content.minutes', 'Content minutes', 1230, 980),
    figure('content.pages', 'Pages read', 412, 0),
    figure('credentials.earned', 'Credentials earned', 1, 0),
    figure('credentials.expiring', 'Credentials expiring', 0, 0),
    figure('network.interactions', 'Interactions', 14, 9),
    figure('network.newContacts', 'New contacts', 3, 5),
    figure('network.due', 'Contacts due', 2, 4),
    figure('mentoring.sessions', 'Mentoring sessions', 3, 2),
    figure('mentoring.actionItemsDone', 'Action items done', 5, 1),
    figure('skills.assessments', 'Assessments', 2, 0),
  ],
  goals: [
    {
      goal: { id: 'g-read', title: 'Read 12 books\non systems', unit: 'books' },
      start: 2,
      end: 5,
      change: 3,
      expected: null,
      status: 'unscheduled',
    },
    {
      goal: { id: 'g-run', title: 'Run | walk 500 km', unit: 'km' },
      start: 120,
      end: 180,
      change: 60,
      expected: 200,
      status: 'at_risk',
    },
  ],
  skills: [{ skill: skill('s-test', 'Testing | QA'), from: 2, to: 3 }],
  highlights: ['Learning up 43% on last quarter: 31.5 h against 22 h', 'Goals achieved: 1, against none'],
  series: {
    bucket: 'week',
    time: Q1_WEEKS.map((w, i) => ({ ...w, learningHours: LEARNING[i]!, practiceHours: PRACTICE[i]! })),
    content: Q1_WEEKS.map((w, i) => ({ ...w, done: DONE[i]!, minutes: DONE[i]! * 205, pages: 0 })),
    goals: [
      {
        goalId: 'g-read',
        points: Q1_WEEKS.map((w, i) => ({
          date: w.to,
          value: 2 + Math.floor((3 * (i + 1)) / 14),
          expected: null,
        })),
      },
      {
        goalId: 'g-run',
        points: Q1_WEEKS.map((w, i) => ({
          date: w.to,
          value: 120 + Math.round((60 * (i + 1)) / 14),
          expected: 125 + Math.round((75 * (i + 1)) / 14),
        })),
      },
    ],
    skills: [{ skill: skill('s-test', 'Testing | QA'), from: 2, to: 3 }],
  },
};

const zeroFigures = (): Figure[] => QUARTER.figures.map((f) => ({ ...f, value: 0, previous: 0, change: 0 }));

/** ISO week 1 of 2026 (Thursday Jan 1 2026 is in it): Monday Dec 29, 2025 to Sunday Jan 4, 2026. */
export const EMPTY_WEEK: Report = {
  period: { from: '2025-12-29', to: '2026-01-04' },
  previous: { from: '2025-12-22', to: '2025-12-28' },
  kind: 'week',
  figures: zeroFigures(),
  goals: [],
  skills: [],
  highlights: [],
  series: {
    bucket: 'day',
    time: Array.from({ length: 7 }, (_, i) => {
      const day = addDays('2025-12-29', i);
      return { from: day, to: day, learningHours: 0, practiceHours: 0 };
    }),
    content: [],
    goals: [],
    skills: [],
  },
};

const MONTHS = Array.from({ length: 120 }, (_, i) => {
  const year = 2017 + Math.floor(i / 12);
  const month = String((i % 12) + 1).padStart(2, '0');
  const next = i % 12 === 11 ? `${year + 1}-01-01` : `${year}-${String((i % 12) + 2).padStart(2, '0')}-01`;
  return { from: `${year}-${month}-01`, to: addDays(next, -1) };
});
const CYRILLIC_SKILLS = ['Русский язык', 'Python', 'SQL', 'Публичные выступления', 'Kotlin', 'Go'];

/** Ten years by month, 20 goals, six skills, titles and names in Cyrillic. */
export const DECADE: Report = {
  period: { from: '2017-01-01', to: '2026-12-31' },
  previous: { from: '2007-01-01', to: '2016-12-31' },
  kind: 'range',
  figures: QUARTER.figures.map((f) => ({
    ...f,
    value: f.value * 40,
    previous: f.previous * 40,
    change: f.change * 40,
  })),
  goals: Array.from({ length: 20 }, (_, g) => ({
    goal: { id: `g${g}`, title: `Прочитать ${g + 10} книг`, unit: 'книг' },
    start: 0,
    end: g + 10,
    change: g + 10,
    expected: g + 5,
    status: 'on_track' as const,
  })),
  skills: CYRILLIC_SKILLS.map((name, i) => ({ skill: skill(`s${i}`, name), from: i % 3, to: (i % 3) + 2 })),
  highlights: ['Практика выросла на 40%: 310 ч против 220 ч'],
  series: {
    bucket: 'month',
    time: MONTHS.map((m, i) => ({ ...m, learningHours: (i * 7) % 23, practiceHours: (i * 5) % 17 })),
    content: MONTHS.map((m, i) => ({ ...m, done: i % 4, minutes: (i % 4) * 60, pages: (i % 4) * 100 })),
    goals: Array.from({ length: 20 }, (_, g) => ({
      goalId: `g${g}`,
      points: MONTHS.map((m, i) => ({
        date: m.to,
        value: ((g + 10) * i) / 119,
        expected: i < 6 ? null : i / 10,
      })),
    })),
    skills: CYRILLIC_SKILLS.map((name, i) => ({
      skill: skill(`s${i}`, name),
      from: i === 0 ? null : i % 3,
      to: 4,
    })),
  },
};
