// The kinds of entry with a CSV file, without zod: the web's Your data page lists them from here.

/** The kinds of entry with a CSV file, as they appear in its address and its file name. */
export const CSV_ENTITIES = [
  'goals',
  'check-ins',
  'learning',
  'learning-log',
  'practice',
  'content',
  'contacts',
  'interactions',
  'assessments',
] as const;
export type CsvEntity = (typeof CSV_ENTITIES)[number];
