// The report as a file through the endpoint, on both databases: Markdown, CSV and PDF by `format`
// or by Accept, each with its media type and an attachment's name. What each holds line by line is
// tested on hand-written reports in format/*.test.ts; here, that the endpoint answers each format.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIALECTS, manualClock, useSignedIn, useTestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('report files on %s', (dialect) => {
  const clock = manualClock('2027-03-31T12:00:00.000Z');
  const t = useTestApp(dialect, { clock });
  const person = useSignedIn(t);
  const get = (query: string, accept?: string) =>
    t.app.inject({
      method: 'GET',
      url: `/api/v1/reports${query}`,
      headers: { cookie: person.cookie, ...(accept ? { accept } : {}) },
    });

  it('answers Markdown by format, named after the period', async () => {
    const r = await get('?period=quarter&date=2027-02-10&format=md');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="trellis-report-2027-01-01-2027-03-31.md"',
    );
    expect(r.body.split('\n')[0]).toMatch(/^# Report for .+: Q1 2027/);
  });

  it('answers CSV by Accept, one section per table', async () => {
    const r = await get('?period=month&date=2027-03-01', 'text/csv');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(r.headers.vary).toContain('Accept');
    const first = parse(r.body.split('\r\n\r\n')[0]!) as string[][];
    expect(first[0]).toEqual(['Report for', 'Period', 'From', 'To', 'Previous from', 'Previous to']);
    expect(first[1]!.slice(2)).toEqual(['2027-03-01', '2027-03-31', '2027-02-01', '2027-02-28']);
  });

  it('answers a PDF by Accept', async () => {
    const r = await get('?period=week&date=2027-03-31', 'application/pdf');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    // ISO week 13 of 2027: Monday 29 March to Sunday 4 April.
    expect(r.headers['content-disposition']).toBe(
      'attachment; filename="trellis-report-2027-03-29-2027-04-04.pdf"',
    );
    expect(r.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('answers JSON to a browser’s Accept, and refuses an unknown format at its field', async () => {
    const json = await get('', 'text/html,application/xhtml+xml,*/*;q=0.8');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    const bad = await get('?format=docx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues.map((i: { path: string }) => i.path)).toEqual(['format']);
  });
});
