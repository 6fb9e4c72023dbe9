// The files an import reads, whether they lie in a folder (the CLI) or came in an upload (the API),
// and their rows, parsed by csv-parse as they stream in.
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';

/** One file to import: its name (without any folder) and a way to read it, as often as needed. */
export interface ImportFile {
  name: string;
  size: number;
  open(): Readable;
}

/** A mistake in what was given to import (no file it knows, a file it cannot read): said to the person. */
export class ImportError extends Error {}

/** A file on disk, read afresh each time it is opened. */
export function fileFromPath(file: string): ImportFile {
  return { name: path.basename(file), size: fs.statSync(file).size, open: () => fs.createReadStream(file) };
}

/** The files directly in `folder` (not in folders below it), by name; an ImportError if it is no folder. */
export function filesInFolder(folder: string): ImportFile[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === 'ENOENT') throw new ImportError(`No such folder: ${folder}`);
    if (code === 'ENOTDIR') throw new ImportError(`Not a folder: ${folder}`);
    throw new ImportError(`${folder} cannot be read: ${(err as Error).message}`);
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => e.name)
    .sort()
    .map((name) => fileFromPath(path.join(folder, name)));
}

/** A file uploaded into memory. */
export function fileFromBuffer(name: string, content: Buffer): ImportFile {
  // Browsers may send a folder's relative path as the name; only the last part names the file.
  const base = name.split(/[\\/]/).pop() ?? name;
  return { name: base, size: content.length, open: () => Readable.from([content]) };
}

// A header row is short; a file whose first 64 KiB hold no line break is no file of ours.
const HEADER_BYTES = 64 * 1024;

/** The file's first line (its header row), without a byte-order mark or line ending. */
export async function firstLine(file: ImportFile): Promise<string> {
  const stream = file.open();
  let text = '';
  try {
    for await (const chunk of stream) {
      text += Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      if (/[\r\n]/.test(text) || text.length >= HEADER_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  return (text.split(/\r?\n|\r/, 1)[0] ?? '').replace(/^\uFEFF/, '');
}

/** How a file's fields are written: O*NET's tab-separated text (never quoted), or RFC 4180 CSV. */
export type Format = 'tsv' | 'csv';

const OPTIONS = {
  // O*NET writes quotes inside fields (`without "giving out"`) and never quotes a field.
  tsv: { delimiter: '\t', quote: false },
  csv: { delimiter: ',' },
} as const;

/** How far a file has been read, for a progress bar. */
export interface Progress {
  file: string;
  rows: number;
  bytes: number;
  size: number;
}

/** A file's rows, header first, as arrays of strings; a file csv-parse cannot read is an ImportError. */
export async function* records(
  file: ImportFile,
  format: Format,
  onProgress?: (progress: Progress) => void,
): AsyncGenerator<string[]> {
  const source = file.open();
  let bytes = 0;
  if (onProgress) source.on('data', (chunk: Buffer | string) => (bytes += chunk.length));
  const parser = source.pipe(
    parse({ ...OPTIONS[format], bom: true, relax_column_count: true, skip_empty_lines: true }),
  );
  source.on('error', (err) => parser.destroy(err));
  let rows = 0;
  try {
    for await (const row of parser as AsyncIterable<string[]>) {
      rows += 1;
      if (onProgress && rows % 2_000 === 0) onProgress({ file: file.name, rows, bytes, size: file.size });
      yield row;
    }
  } catch (err) {
    if (err instanceof CsvError) throw new ImportError(`${file.name} could not be read: ${err.message}`);
    throw err;
  } finally {
    source.destroy();
  }
  onProgress?.({ file: file.name, rows, bytes: file.size, size: file.size });
}

/** The file's header row as fields; none when even that cannot be parsed. */
export async function headerOf(file: ImportFile, format: Format): Promise<string[]> {
  try {
    const [header] = parseSync(await firstLine(file), {
      ...OPTIONS[format],
      bom: true,
      relax_column_count: true,
    });
    return (header ?? []) as string[];
  } catch (err) {
    if (err instanceof CsvError) return [];
    throw err;
  }
}

/** A file's data rows, each with the columns of its header row by name. */
export async function* tableRows(
  file: ImportFile,
  format: Format,
  onProgress?: (progress: Progress) => void,
): AsyncGenerator<{ row: string[]; columns: Map<string, number> }> {
  let columns: Map<string, number> | undefined;
  for await (const row of records(file, format, onProgress)) {
    if (!columns) columns = columnsOf(row);
    else yield { row, columns };
  }
}

/** The position of each column by its name in a header row. */
export function columnsOf(header: readonly string[]): Map<string, number> {
  return new Map(header.map((name, i) => [name.trim(), i]));
}

/** True when the header names every one of `names`. */
export const hasColumns = (columns: Map<string, number>, names: readonly string[]): boolean =>
  names.every((n) => columns.has(n));

/** A row's field by column name: '' when the column or the field is missing. */
export const field = (row: readonly string[], columns: Map<string, number>, name: string): string => {
  const i = columns.get(name);
  return i === undefined ? '' : (row[i] ?? '').trim();
};
