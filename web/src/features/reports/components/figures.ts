// A report's figures as the page groups and words them: by section, each change with its sign and
// a word for it, and whether the period holds anything at all.
import { formatNumber } from '@shared/numbers.ts';
import type { Figure, FigureKey, Report } from '@shared/reports/report.schema.ts';

export type SectionId = 'goals' | 'time' | 'content' | 'network' | 'skills';

export const SECTION_TITLES: Record<SectionId, string> = {
  goals: 'Goals',
  time: 'Time and learning',
  content: 'Content',
  network: 'Network and mentoring',
  skills: 'Skills',
};

/** The section of each figure: typed by the API's list of keys, so a new key cannot go unplaced. */
const SECTION_OF: Record<FigureKey, SectionId> = {
  'goals.active': 'goals',
  'goals.achieved': 'goals',
  'goals.missed': 'goals',
  'goals.onTrack': 'goals',
  'goals.atRisk': 'goals',
  'goals.offTrack': 'goals',
  'learning.hours': 'time',
  'practice.hours': 'time',
  'credentials.earned': 'time',
  'credentials.expiring': 'time',
  'content.done': 'content',
  'content.minutes': 'content',
  'content.pages': 'content',
  'network.interactions': 'network',
  'network.newContacts': 'network',
  'network.due': 'network',
  'mentoring.sessions': 'network',
  'mentoring.actionItemsDone': 'network',
  'skills.assessments': 'skills',
};

export interface FigureSection {
  id: SectionId;
  title: string;
  figures: Figure[];
}

/** The figures by section, sections in the page's order, each in the order the API lists them; none empty. */
export function figureSections(figures: readonly Figure[]): FigureSection[] {
  return (Object.keys(SECTION_TITLES) as SectionId[])
    .map((id) => ({
      id,
      title: SECTION_TITLES[id],
      figures: figures.filter((f) => SECTION_OF[f.key] === id),
    }))
    .filter((section) => section.figures.length > 0);
}

export interface ChangeWords {
  direction: 'up' | 'down' | 'none';
  /** What the eye reads: "+3", "−2.5", "0". */
  sign: string;
  /** What a screen reader says: "up 3", "down 2.5", "no change". */
  words: string;
}

/** A change with its sign and in words, to one decimal (as hours are written). */
export function changeWords(change: number, maxDecimals = 1): ChangeWords {
  const size = formatNumber(Math.abs(change), maxDecimals);
  // A change that rounds to nothing is none: "+0" would say it moved.
  if (size === '0') return { direction: 'none', sign: '0', words: 'no change' };
  return change > 0
    ? { direction: 'up', sign: `+${size}`, words: `up ${size}` }
    : { direction: 'down', sign: `−${size}`, words: `down ${size}` };
}

/**
 * True when the period holds nothing to report: every figure is 0, no goal with a metric was active,
 * and no skill's level moved. (The period before may have held something; the page says so.)
 */
export function isEmptyPeriod(report: Pick<Report, 'figures' | 'goals' | 'skills'>): boolean {
  return (
    report.figures.every((f) => f.value === 0) && report.goals.length === 0 && report.skills.length === 0
  );
}

/** True when the period before held something: any figure of it is not 0. */
export function previousHadAny(report: Pick<Report, 'figures'>): boolean {
  return report.figures.some((f) => f.previous !== 0);
}
