// What an import of a full export writes and takes, without zod: the web's Your data page reads it.

/** The sections an import writes, each counted in its answer. */
export const IMPORTED_SECTIONS = [
  'skills',
  'roles',
  'targets',
  'assessments',
  'goals',
  'checkIns',
  'learning',
  'learningLog',
  'practice',
  'content',
  'feeds',
  'contacts',
  'interactions',
] as const;
export type ImportedSection = (typeof IMPORTED_SECTIONS)[number];

/** The largest document an import takes: years of a busy person's entries, with room to spare. */
export const PORTABLE_IMPORT_MAX_BYTES = 20 * 1024 * 1024;
