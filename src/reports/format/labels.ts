// What the Markdown, CSV and PDF of a report share: the period written out, the figures grouped in
// the sections every format shows in the same order, and the words for a goal's status.

import { STATUS_LABELS } from '../../../shared/goals/status-labels.ts';
import { formatNumber, formatQuantity } from '../../../shared/numbers.ts';
import { periodWords, rangeWords } from '../../../shared/reports/period-words.ts';
import type { Figure, FigureKey, Report, ReportGoal, Span } from '../../../shared/reports/report.schema.ts';

/** A span of days for people: "Mar 1, 2027", "Jan 1 – Mar 31, 2027", "Dec 30, 2024 – Jan 5, 2025". */
export const formatSpan = rangeWords;

/**
 * A period as its kind names it: "Week 1 of 2025" (the ISO week and its year), "March 2027",
 * "Q1 2027 (Jan 1 – Mar 31, 2027)", "2027"; a range of days as the range.
 */
export function formatPeriod(kind: Report['kind'], span: Span): string {
  const words = periodWords(kind, span);
  return kind === 'quarter' ? `${words} (${rangeWords(span)})` : words;
}

/** The report's title: "Report for Ada Quill: Q1 2027 (Jan 1 – Mar 31, 2027)". */
export function reportTitle(report: Report, owner: { name: string }): string {
  return `Report for ${owner.name}: ${formatPeriod(report.kind, report.period)}`;
}

/** The line under the title: the days covered, against the days compared with. */
export function reportSubtitle(report: Report): string {
  return `${formatSpan(report.period)}, compared with ${formatSpan(report.previous)}.`;
}

export type SectionTitle = 'Goals' | 'Time and content' | 'Network and mentoring' | 'Skills';

/** Which section lists each figure; a Record, so a new figure key cannot be left out of every table. */
const SECTION_OF: Record<FigureKey, SectionTitle> = {
  'goals.active': 'Goals',
  'goals.achieved': 'Goals',
  'goals.missed': 'Goals',
  'goals.onTrack': 'Goals',
  'goals.atRisk': 'Goals',
  'goals.offTrack': 'Goals',
  'learning.hours': 'Time and content',
  'practice.hours': 'Time and content',
  'content.done': 'Time and content',
  'content.minutes': 'Time and content',
  'content.pages': 'Time and content',
  'credentials.earned': 'Time and content',
  'credentials.expiring': 'Time and content',
  'network.interactions': 'Network and mentoring',
  'network.newContacts': 'Network and mentoring',
  'network.due': 'Network and mentoring',
  'mentoring.sessions': 'Network and mentoring',
  'mentoring.actionItemsDone': 'Network and mentoring',
  'skills.assessments': 'Skills',
};
const SECTION_ORDER: readonly SectionTitle[] = [
  'Goals',
  'Time and content',
  'Network and mentoring',
  'Skills',
];

/** One row of a section's table: a figure, or a skill's own level at the period's end against its start. */
export interface SectionRow {
  label: string;
  value: number;
  /** null: a skill not assessed before the period. */
  previous: number | null;
  change: number | null;
}

export interface Section {
  title: SectionTitle;
  rows: SectionRow[];
}

const figureRow = (f: Figure): SectionRow => ({
  label: f.label,
  value: f.value,
  previous: f.previous,
  change: f.change,
});

/**
 * The report's figures by section, in the report's order; the Skills section also lists each
 * skill's level ("TypeScript level"): its level at the start is where the previous period ended.
 * A section with nothing to list is left out.
 */
export function sectionsOf(report: Report): Section[] {
  const sections = SECTION_ORDER.map((title) => ({
    title,
    rows: report.figures.filter((f) => SECTION_OF[f.key] === title).map(figureRow),
  }));
  const skills = sections.find((s) => s.title === 'Skills')!;
  for (const s of report.skills) {
    skills.rows.push({
      label: `${s.skill.name} level`,
      value: s.to,
      previous: s.from,
      change: s.from === null ? null : s.to - s.from,
    });
  }
  return sections.filter((s) => s.rows.length > 0);
}

/** The words the web's goal screens use for a status. */
export { STATUS_LABELS };

/** Shown where a number is missing: a skill not assessed before, a goal without a schedule. */
export const NONE = '—';

/** A change with its sign: "+3", "-1.5", "0"; with a unit when given ("+60 km"). */
export function formatChange(change: number | null, unit = ''): string {
  if (change === null) return NONE;
  const text = formatQuantity(change, unit);
  // Only a positive change needs its sign written; formatNumber writes a negative's.
  return text.startsWith('-') || formatNumber(change) === '0' ? text : `+${text}`;
}

/** A figure's number as the tables show it: "1,200", "12.5"; NONE for a missing one. */
export function formatValue(n: number | null, unit = ''): string {
  return n === null ? NONE : formatQuantity(n, unit);
}

/** A goal's row of the goal table, as text: title, start, end, change, expected, status. */
export function goalCells(g: ReportGoal): string[] {
  const unit = g.goal.unit;
  return [
    g.goal.title,
    formatValue(g.start, unit),
    formatValue(g.end, unit),
    formatChange(g.change, unit),
    formatValue(g.expected, unit),
    STATUS_LABELS[g.status],
  ];
}

export const FIGURE_HEADER = ['Figure', 'This period', 'Previous', 'Change'];
export const GOAL_HEADER = ['Goal', 'Start', 'End', 'Change', 'Expected', 'Status'];

/** Said where a report has no highlights or no goals, so an empty table never stands alone. */
export const NO_HIGHLIGHTS = 'Nothing stood out in this period.';
export const NO_GOALS = 'No goal with a metric was active in this period.';
