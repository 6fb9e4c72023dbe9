import { CSV_ENTITIES, type CsvEntity } from '@shared/exports/csv-entities.ts';

/** What each CSV file holds, as the page lists them. */
const CSV_LABELS: Record<CsvEntity, { title: string; what: string }> = {
  goals: { title: 'Goals', what: 'every goal and slice, with its status and value today' },
  'check-ins': { title: 'Check-ins', what: 'every check-in, with its goal' },
  learning: { title: 'Learning', what: 'courses, books, certifications and degrees, with hours spent' },
  'learning-log': { title: 'Learning time log', what: 'each stretch of time spent learning' },
  practice: { title: 'Practice', what: 'your practice log' },
  content: { title: 'Content', what: 'articles, talks, podcasts and books you logged' },
  contacts: { title: 'Contacts', what: 'your network, with the last interaction and the next one due' },
  interactions: { title: 'Interactions', what: 'conversations, meetings and messages, with their contacts' },
  assessments: { title: 'Skill assessments', what: 'every level you or others gave a skill' },
};

export interface CsvFileLink {
  entity: CsvEntity;
  title: string;
  what: string;
  href: string;
}

/** Every CSV file, in the order the API lists them. */
export const csvFiles: readonly CsvFileLink[] = CSV_ENTITIES.map((entity) => ({
  entity,
  ...CSV_LABELS[entity],
  href: `/api/v1/export/${entity}.csv`,
}));

export const RESUME_HREF = '/api/v1/export/resume.json';
