// LinkedIn's Connections.csv ("Get a copy of your data" → Connections) as the connections it lists,
// each with its data row, and the rows that cannot be imported, with why. Two layouts are known:
// since about 2020 a preamble ("Notes:", a quoted sentence, a blank line) before the header
// First Name,Last Name,URL,Email Address,Company,Position,Connected On, dates like "30 May 2024";
// in 2018 no preamble, no URL column and dates like "1/8/18, 6:14 PM".
import { CsvError } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { isValidDate } from '../../../shared/calendar.ts';
import { URL_MAX } from '../../../shared/learning/learning.limits.ts';
import { EmailAddress } from '../../../shared/network/contact.schema.ts';
import { FIELD_MAX, NAME_MAX } from '../../../shared/network/network.limits.ts';
import { profileOf } from '../contact.rows.ts';

export interface LinkedInConnection {
  /** The 1-based data row (the header and the lines above it not counted). */
  row: number;
  name: string;
  email: string | null;
  /** The profile's key (see linkedinKey), when the row has a profile. */
  profileKey: string | null;
  company: string | null;
  position: string | null;
  linkedinUrl: string | null;
  connectedOn: string | null;
}

export interface LinkedInFile {
  connections: LinkedInConnection[];
  skipped: { row: number; reason: string }[];
}

/** Why a file is not a LinkedIn connections export, said to the person. */
export class LinkedInError extends Error {}

/** How far down the header may be: below the preamble, never further. */
const HEADER_WITHIN = 10;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const date = (year: number, month: number, day: number): string | null => {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(text) ? text : null;
};

/**
 * A Connected On date as LinkedIn writes it: "30 May 2024", "1/8/18, 6:14 PM" (month first, as the
 * 2018 exports in English; day first when the first number cannot be a month), or YYYY-MM-DD.
 */
export function connectedOnOf(field: string): string | null {
  const text = field.trim();
  const named = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -](\d{4})$/.exec(text);
  if (named) {
    const month = MONTHS.indexOf(named[2]!.slice(0, 3).toLowerCase()) + 1;
    return month === 0 ? null : date(Number(named[3]), month, Number(named[1]));
  }
  const numeric = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(,.*)?$/.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const year = numeric[3]!.length === 2 ? 2000 + y : y;
    return a > 12 ? date(year, b, a) : date(year, a, b);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && isValidDate(text) ? text : null;
}

/** A field with its spaces tidied: trimmed, runs of white space as one space. */
const tidy = (text: string): string => text.replace(/[\s\p{Cc}]+/gu, ' ').trim();

const OPTIONS = { relax_column_count: true, relax_quotes: true, skip_empty_lines: true } as const;

/** True when a line is the header: its fields include First Name and Last Name. */
function isHeader(line: string): boolean {
  try {
    const [cells = []] = parse(line, OPTIONS) as string[][];
    return ['First Name', 'Last Name'].every((n) => cells.some((c) => c.trim() === n));
  } catch {
    return false;
  }
}

/**
 * The 1-based line of the header, within the first lines: the preamble above it is no CSV of the
 * same width, and parsing it with the rest would make csv-parse build an error for every row.
 */
function headerLine(text: string): number {
  const lines = text.split(/\r\n|\r|\n/, HEADER_WITHIN);
  const at = lines.findIndex(isHeader);
  if (at === -1) {
    throw new LinkedInError(
      'is not a LinkedIn connections export: it has no header row with "First Name" and "Last Name"',
    );
  }
  return at + 1;
}

/** The lines the header is looked for in: the first 64 KiB are plenty. */
const HEAD_BYTES = 64 * 1024;

/** Reads the export. */
export function readLinkedIn(content: Buffer | string): LinkedInFile {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  const head = bytes
    .subarray(0, HEAD_BYTES)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(bytes, { ...OPTIONS, bom: true, from_line: headerLine(head) });
  } catch (err) {
    if (err instanceof CsvError) throw new LinkedInError(`could not be read as CSV: ${err.message}`);
    throw err;
  }
  const columns = new Map((records[0] ?? []).map((name, i) => [name.trim(), i]));
  const file: LinkedInFile = { connections: [], skipped: [] };
  const firstRowOf = new Map<string, number>();
  records.slice(1).forEach((cells, i) => {
    const row = i + 1;
    const raw = (name: string) => (cells[columns.get(name) ?? -1] ?? '').trim();
    const result = readRow((name) => tidy(raw(name)), raw);
    if (typeof result === 'string') {
      file.skipped.push({ row, reason: result });
      return;
    }
    // The same profile (or, without one, the same e-mail) twice is one connection.
    const key = result.profileKey ?? result.email?.toLowerCase();
    const earlier = key === undefined ? undefined : firstRowOf.get(key);
    if (earlier !== undefined) {
      file.skipped.push({ row, reason: `repeats the connection of row ${earlier}` });
      return;
    }
    if (key !== undefined) firstRowOf.set(key, row);
    file.connections.push({ row, ...result });
  });
  return file;
}

/**
 * An e-mail field's address; null for none, or what is none (the 2018 layout may hold
 * "urn:li:member:12345" there). Most rows have none: those cost no parse.
 */
function emailOf(field: string): string | null {
  if (!field.includes('@')) return null;
  const email = EmailAddress.safeParse(field);
  return email.success ? email.data : null;
}

/** A row's connection, or why it cannot be imported. */
function readRow(
  field: (name: string) => string,
  raw: (name: string) => string,
): Omit<LinkedInConnection, 'row'> | string {
  const name = tidy(`${field('First Name')} ${field('Last Name')}`);
  if (!name) return 'has no name';
  if (name.length > NAME_MAX) return `has a name longer than ${NAME_MAX} characters`;
  // The address as written (trimmed), not tidied: white space inside makes it none.
  const url = raw('URL');
  const profile = url.length <= URL_MAX ? profileOf(url) : null;
  return {
    name,
    email: emailOf(field('Email Address')),
    profileKey: profile?.key ?? null,
    company: field('Company').slice(0, FIELD_MAX) || null,
    position: field('Position').slice(0, FIELD_MAX) || null,
    linkedinUrl: profile?.url ?? null,
    connectedOn: connectedOnOf(field('Connected On')),
  };
}
