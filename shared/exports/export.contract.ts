// A person's data to take elsewhere: one CSV file per kind of entry, for a spreadsheet, and a
// JSON Resume of her skills, credentials, degrees and practice with evidence.
import { z } from 'zod';
import { endpoint } from '../http/contract.ts';
import { CSV_ENTITIES, type CsvEntity } from './csv-entities.ts';
import { PortableDocument, PortableImportBody, PortableImportSummary } from './portable.schema.ts';
import { JsonResume } from './resume.schema.ts';

const tag = 'Exports';

export { CSV_ENTITIES, type CsvEntity };

/** Every CSV file's body, named once so the API document describes it once. */
export const CsvFile = z
  .string()
  .describe(
    'RFC 4180 CSV (text/csv; charset=utf-8, CRLF): a header row, ISO dates, lists joined with "; ", ' +
      'text that would run as a formula led by an apostrophe',
  );

const csvExport = <const E extends CsvEntity>(entity: E, what: string) =>
  endpoint({
    method: 'GET',
    path: `/api/v1/export/${entity}.csv`,
    summary: `Your ${what} as a CSV file (trellis-${entity}-<today>.csv)`,
    tag,
    auth: 'user',
    status: 200,
    response: CsvFile,
    produces: ['text/csv'],
  });

export const exportApi = {
  /** One file per entity, by the entity's name. */
  csv: {
    goals: csvExport('goals', 'goals, with their status and current value today'),
    'check-ins': csvExport('check-ins', 'check-ins, with their goal'),
    learning: csvExport('learning', 'learning activities, with their credentials and hours spent'),
    'learning-log': csvExport('learning-log', 'learning time log, with its activity'),
    practice: csvExport('practice', 'practice log'),
    content: csvExport('content', 'content log'),
    contacts: csvExport('contacts', 'contacts, with their last interaction and next contact'),
    interactions: csvExport('interactions', 'interactions, with their contacts'),
    assessments: csvExport('assessments', 'skill assessments'),
  } satisfies Record<CsvEntity, unknown>,
  resume: endpoint({
    method: 'GET',
    path: '/api/v1/export/resume.json',
    summary:
      'Your JSON Resume (v1.0.0; trellis-resume.json): skills at your own latest level, certificates, degrees, practice with evidence',
    tag,
    auth: 'user',
    status: 200,
    response: JsonResume,
  }),
  full: endpoint({
    method: 'GET',
    path: '/api/v1/export',
    summary:
      'Everything you own as one JSON document (trellis-export-<today>.json): settings, skills and roles, goals, check-ins, learning, practice, content, feeds, contacts, interactions; your side of mentorships and feedback requests',
    tag,
    auth: 'user',
    status: 200,
    response: PortableDocument,
  }),
  importFull: endpoint({
    method: 'POST',
    path: '/api/v1/import',
    summary:
      'Load a full export (version 1; up to 20 MB) into your account in one transaction, with new ids and every link kept; mentorships and feedback requests are not recreated',
    tag,
    auth: 'user',
    status: 200,
    body: PortableImportBody,
    response: PortableImportSummary,
  }),
};
