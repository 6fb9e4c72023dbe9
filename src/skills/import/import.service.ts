// The catalogue imports as the CLI and the API run them: read the files (no database needed), then
// write all of it in one transaction, or none of it.
import type { ImportSummary } from '../../../shared/skills/skill.schema.ts';
import type { InstanceScope } from '../../platform/access/access.ts';
import type { CatalogueImport, ImportSource } from './catalogue-import.ts';
import { readEsco } from './esco.reader.ts';
import { writeImport } from './import.repository.ts';
import type { ImportFile, Progress } from './import-file.ts';
import { readOnet } from './onet.reader.ts';

export type { ImportSource } from './catalogue-import.ts';
export { ImportError, type ImportFile } from './import-file.ts';

// One import at a time, on every app server: each decides between adding and updating by reading
// first, and roles have no unique index on (source, code) to catch a second import doing the same.
const IMPORT_LOCK = 'skills:catalogue-import';

/** Reads the files of an O*NET or ESCO import; throws an ImportError when none of them is one. */
export function readImport(
  source: ImportSource,
  files: readonly ImportFile[],
  onProgress?: (progress: Progress) => void,
): Promise<CatalogueImport> {
  return source === 'onet' ? readOnet(files, onProgress) : readEsco(files, onProgress);
}

/** Writes what `readImport` read into the instance's catalogue, and answers what it did. */
export async function saveImport(
  instance: InstanceScope,
  data: CatalogueImport,
  now: Date,
): Promise<ImportSummary> {
  await instance.serialized(IMPORT_LOCK, (scope) => writeImport(scope.catalogue, data, now.toISOString()));
  return data.tally.summary();
}

/** Reads and writes an import in one go. */
export async function runImport(
  instance: InstanceScope,
  source: ImportSource,
  files: readonly ImportFile[],
  now: Date,
): Promise<ImportSummary> {
  return saveImport(instance, await readImport(source, files), now);
}

/** One line per kind of record, `roles: 1016 added, 0 updated, 3 skipped (reason: 2; other: 1)`, then the notes. */
export function summaryLines(summary: ImportSummary): string[] {
  const kinds = ['roles', 'skills', 'requirements', 'technologies'] as const;
  const lines = kinds.map((kind) => {
    const { added, updated, skipped, reasons } = summary[kind];
    const why = Object.entries(reasons)
      .map(([reason, n]) => `${reason}: ${n}`)
      .join('; ');
    return `${kind}: ${added} added, ${updated} updated, ${skipped} skipped${why ? ` (${why})` : ''}`;
  });
  return [...lines, ...summary.notes.map((note) => `note: ${note}`)];
}
