// The figures a report counts: each named once, with its label, how a sentence names it and the
// unit it is counted in; and the figure itself, beside the previous period's.
import { clean } from '../../../shared/numbers.ts';
import type { Figure, FigureKey } from '../../../shared/reports/report.schema.ts';

interface FigureName {
  /** The label of tables and charts. */
  label: string;
  /** The figure as a sentence starts with it: "Practice up 40% …". */
  subject: string;
  /** The unit written after a value ("31 h"); empty for counts. */
  unit: string;
}

export const FIGURE_NAMES: Record<FigureKey, FigureName> = {
  'goals.active': { label: 'Active goals', subject: 'Active goals', unit: '' },
  'goals.achieved': { label: 'Goals achieved', subject: 'Goals achieved', unit: '' },
  'goals.missed': { label: 'Goals missed', subject: 'Goals missed', unit: '' },
  'goals.onTrack': { label: 'Goals on track', subject: 'Goals on track', unit: '' },
  'goals.atRisk': { label: 'Goals at risk', subject: 'Goals at risk', unit: '' },
  'goals.offTrack': { label: 'Goals off track', subject: 'Goals off track', unit: '' },
  'learning.hours': { label: 'Learning hours', subject: 'Learning', unit: 'h' },
  'practice.hours': { label: 'Practice hours', subject: 'Practice', unit: 'h' },
  'content.done': { label: 'Content finished', subject: 'Content finished', unit: '' },
  'content.minutes': { label: 'Content minutes', subject: 'Content time', unit: 'min' },
  'content.pages': { label: 'Pages read', subject: 'Pages read', unit: '' },
  'credentials.earned': { label: 'Credentials earned', subject: 'Credentials earned', unit: '' },
  'credentials.expiring': {
    label: 'Credentials expiring in the 90 days after',
    subject: 'Credentials expiring soon after',
    unit: '',
  },
  'network.interactions': { label: 'Interactions', subject: 'Interactions', unit: '' },
  'network.newContacts': { label: 'New contacts', subject: 'New contacts', unit: '' },
  'network.due': { label: 'Contacts due', subject: 'Contacts due', unit: '' },
  'mentoring.sessions': { label: 'Mentoring sessions', subject: 'Mentoring sessions', unit: '' },
  'mentoring.actionItemsDone': { label: 'Action items done', subject: 'Action items done', unit: '' },
  'skills.assessments': { label: 'Self-assessments', subject: 'Self-assessments', unit: '' },
};

/** A figure of the period beside the previous one's; `change` is the plain difference. */
export const figure = (key: FigureKey, value: number, previous: number): Figure => ({
  key,
  label: FIGURE_NAMES[key].label,
  value: clean(value),
  previous: clean(previous),
  change: clean(value - previous),
});

/** Minutes as hours, to two decimals: 90 → 1.5, 20 → 0.33. */
export const hoursOf = (minutes: number): number => Math.round((minutes / 60) * 100) / 100;
