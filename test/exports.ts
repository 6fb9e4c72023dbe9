// A person's CSV export fetched through the real API and read back with csv-parse, for the exports tests.
import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { CsvEntity } from '../shared/exports/export.contract.ts';
import { bodyOf, call } from './harness.ts';

/** One record of a CSV file: each field by its column's header, as text. */
export type CsvRecord = Record<string, string>;

/** The file of `entity`, as it came: its text, its headers and its records. */
export async function fetchCsv(
  app: FastifyInstance,
  cookie: string,
  entity: CsvEntity,
): Promise<{ text: string; headers: string[]; records: CsvRecord[] }> {
  const res = await call(app, { url: `/api/v1/export/${entity}.csv`, cookie });
  const text = bodyOf(res, 200, `export ${entity}`) as string;
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  // The last record ends in CRLF, as every record does.
  expect(text.endsWith('\r\n')).toBe(true);
  const rows: string[][] = parse(text);
  const [headers = [], ...rest] = rows;
  return { text, headers, records: rest.map((r) => Object.fromEntries(headers.map((h, i) => [h, r[i]!]))) };
}

/** Posts `body` to `url` as the person, and answers what the API created; throws unless 201. */
export async function createdAs(
  app: FastifyInstance,
  cookie: string,
  url: string,
  body: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: set-up answers are used freely, like `bodyOf`'s
): Promise<any> {
  return bodyOf(await call(app, { method: 'POST', url, cookie, body }), 201, `POST ${url}`);
}
