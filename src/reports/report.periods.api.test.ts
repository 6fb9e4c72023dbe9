// The report's periods through the endpoint, on both databases: calendar edges (an ISO week across
// a new year, a leap February, a quarter, a year), ranges of days and their buckets, "today" in
// the person's time zone, every rule of the query at its field, and JSON as the default answer.
import { describe, expect, it } from 'vitest';
import { setTimeZone } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectInvalid,
  manualClock,
  useSignedIn,
  useTestApp,
} from '../../test/harness.ts';

describe.each(DIALECTS)('report periods on %s', (dialect) => {
  // 2027-03-31 at 20:00 UTC: still 31 March in London, already 1 April in Kiritimati (UTC+14).
  const clock = manualClock('2027-03-31T20:00:00.000Z');
  const t = useTestApp(dialect, { clock });
  const person = useSignedIn(t);
  const get = (query: string, headers: Record<string, string> = {}) =>
    call(t.app, { url: `/api/v1/reports${query}`, cookie: person.cookie, headers });
  const spans = async (query: string) => {
    const r = bodyOf(await get(query), 200, query);
    return {
      kind: r.kind,
      period: r.period,
      previous: r.previous,
      bucket: r.series.bucket,
      buckets: r.series.time.length,
    };
  };

  it('takes ISO week 1 of 2025 from Monday 30 December 2024, against the week before', async () => {
    expect(await spans('?period=week&date=2025-01-01')).toEqual({
      kind: 'week',
      period: { from: '2024-12-30', to: '2025-01-05' },
      previous: { from: '2024-12-23', to: '2024-12-29' },
      bucket: 'day',
      buckets: 7,
    });
  });

  it('takes a leap February whole, against January', async () => {
    // 2028-02-01 is a Tuesday: weeks from Monday cut at the month's edges give 01–06, 07–13,
    // 14–20, 21–27 and 28–29: five buckets.
    const r = bodyOf(await get('?period=month&date=2028-02-10'), 200, 'leap month');
    expect(r.period).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(r.previous).toEqual({ from: '2028-01-01', to: '2028-01-31' });
    expect(r.series.time.map((b: { from: string; to: string }) => `${b.from}/${b.to}`)).toEqual([
      '2028-02-01/2028-02-06',
      '2028-02-07/2028-02-13',
      '2028-02-14/2028-02-20',
      '2028-02-21/2028-02-27',
      '2028-02-28/2028-02-29',
    ]);
  });

  it('takes a quarter by weeks and a year by months, each against the one before', async () => {
    // Q2 2027: 2027-04-01 is a Thursday; its weeks start 03-29 (cut to 04-01), then 13 more
    // Mondays from 04-05 to 06-28: 14 buckets.
    expect(await spans('?period=quarter&date=2027-05-15')).toEqual({
      kind: 'quarter',
      period: { from: '2027-04-01', to: '2027-06-30' },
      previous: { from: '2027-01-01', to: '2027-03-31' },
      bucket: 'week',
      buckets: 14,
    });
    expect(await spans('?period=year&date=2028-07-01')).toEqual({
      kind: 'year',
      period: { from: '2028-01-01', to: '2028-12-31' },
      previous: { from: '2027-01-01', to: '2027-12-31' },
      bucket: 'month',
      buckets: 12,
    });
  });

  it('compares a range of days with as many days just before it, bucketed by its length', async () => {
    // 2027-01-10 … 02-08 is 22 + 8 = 30 days; the 30 before end on 01-09 and start on 2026-12-11
    // (21 days of December and 9 of January).
    expect(await spans('?from=2027-01-10&to=2027-02-08')).toEqual({
      kind: 'range',
      period: { from: '2027-01-10', to: '2027-02-08' },
      previous: { from: '2026-12-11', to: '2027-01-09' },
      bucket: 'day',
      buckets: 30,
    });
    // 2027-01-01 … 04-02: 31 + 28 + 31 + 2 = 92 days, by week (2027-01-01 is a Friday: its week,
    // cut, then the 13 weeks from 01-04 to 03-29, the last cut at 04-02): 14 buckets.
    expect((await spans('?from=2027-01-01&to=2027-04-02')).buckets).toBe(14);
    // One day more, 93 days, is charted by month: January to April.
    expect(await spans('?from=2027-01-01&to=2027-04-03')).toMatchObject({ bucket: 'month', buckets: 4 });
    // Ten years and their three leap days (2020, 2024, 2028), 2020-01-01 … 2029-12-31, 3,653 days,
    // is the longest range. 2010–2019 hold two leap days (3,652 days): one more day starts the
    // previous span on 2009-12-31.
    expect(await spans('?from=2020-01-01&to=2029-12-31')).toMatchObject({
      previous: { from: '2009-12-31', to: '2019-12-31' },
      bucket: 'month',
      buckets: 120,
    });
  });

  it('defaults to the month holding today where the person lives', async () => {
    expect((await spans('')).period).toEqual({ from: '2027-03-01', to: '2027-03-31' });
    expect((await spans('?period=week')).period).toEqual({ from: '2027-03-29', to: '2027-04-04' });
    await setTimeZone(t.app, person.cookie, 'Pacific/Kiritimati');
    try {
      expect(await spans('')).toMatchObject({
        kind: 'month',
        period: { from: '2027-04-01', to: '2027-04-30' },
        previous: { from: '2027-03-01', to: '2027-03-31' },
      });
    } finally {
      await setTimeZone(t.app, person.cookie, 'UTC');
    }
  });

  it('refuses a query that does not make one period, at its field', async () => {
    expectInvalid(await get('?from=2027-01-01'), 'to');
    expectInvalid(await get('?to=2027-01-01'), 'from');
    expectInvalid(await get('?from=2027-01-02&to=2027-01-01'), 'to');
    // 2020-01-01 … 2030-01-01 is 3,654 days: one more than ten years hold.
    expectInvalid(await get('?from=2020-01-01&to=2030-01-01'), 'to');
    expectInvalid(await get('?period=month&from=2027-01-01&to=2027-01-31'), 'period');
    expectInvalid(await get('?date=2027-01-15&from=2027-01-01&to=2027-01-31'), 'date');
    expectInvalid(await get('?period=decade'), 'period');
    expectInvalid(await get('?date=2027-02-30'), 'date');
    expectInvalid(await get('?format=docx'), 'format');
    expectInvalid(await get('?month=3'), 'month');
    // Far from the calendar's edges, where a previous period or the 90 days after would leave it.
    expectInvalid(await get('?date=0001-01-01'), 'date');
    expectInvalid(await get('?from=2999-01-01&to=3000-01-01'), 'to');
  });

  it('answers JSON unless another format is asked for', async () => {
    const plain = await get('?period=week&date=2027-03-10');
    expect(plain.status).toBe(200);
    expect(String(plain.headers['content-type'])).toMatch(/^application\/json/);
    expect(plain.headers['content-disposition']).toBeUndefined();
    // A browser's Accept names none of the report's formats first: JSON.
    const browser = await get('?period=week&date=2027-03-10', {
      accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    });
    expect(String(browser.headers['content-type'])).toMatch(/^application\/json/);
    expect(browser.json).toEqual(plain.json);
    const explicit = await get('?period=week&date=2027-03-10&format=json', { accept: 'text/csv' });
    expect(explicit.json).toEqual(plain.json);
    // Nothing logged: every figure 0 against 0, so no highlights.
    expect(plain.json.highlights).toEqual([]);
    expect(
      plain.json.figures.every((f: { value: number; previous: number }) => f.value === 0 && f.previous === 0),
    ).toBe(true);
  });

  it('is documented in the OpenAPI document with its query', async () => {
    const doc = bodyOf(await call(t.app, { url: '/api/v1/openapi.json' }), 200, 'openapi');
    const operation = doc.paths['/api/v1/reports'].get;
    expect(operation.tags).toEqual(['Reports']);
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual([
      'period',
      'date',
      'from',
      'to',
      'format',
    ]);
  });

  it('asks for a signed-in person', async () => {
    const res = await call(t.app, { url: '/api/v1/reports' });
    expect(res.status).toBe(401);
  });
});
