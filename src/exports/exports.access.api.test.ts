// Who gets which file, on both databases: a person her own rows alone, in a file named for her
// today; nobody signed out; and an entity without a file, the API's 404.
import { describe, expect, it } from 'vitest';
import { CSV_ENTITIES } from '../../shared/exports/export.contract.ts';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { createdAs, fetchCsv } from '../../test/exports.ts';
import {
  addCheckIn,
  createContact,
  createGoal,
  NOON_2027_05_15,
  setTimeZone,
  sumMetric,
  YEAR_2027,
} from '../../test/factories.ts';
import { call, createToken, DIALECTS, expectError, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('exports, by who asks, on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });

  /** One entry of every entity with a file, as the person `cookie` signed in with. */
  async function oneOfEach(cookie: string): Promise<void> {
    const [skill] = await addCatalogueSkills(t, [{ name: `Access skill ${Date.now()}` }]);
    const goal = await createGoal(t.app, cookie, { ...YEAR_2027, metric: sumMetric('h', 10) });
    await addCheckIn(t.app, cookie, goal.id, '2027-02-01', 1);
    const activity = await createdAs(t.app, cookie, '/api/v1/learning', {
      kind: 'course',
      title: 'A course',
    });
    await createdAs(t.app, cookie, `/api/v1/learning/${activity.id}/log`, {
      date: '2027-02-02',
      minutes: 30,
    });
    await createdAs(t.app, cookie, '/api/v1/practice', {
      date: '2027-02-03',
      minutes: 30,
      title: 'Practice',
      skillIds: [skill],
    });
    await createdAs(t.app, cookie, '/api/v1/content', {
      kind: 'article',
      title: 'An article',
      status: 'queued',
    });
    const contact = await createContact(t.app, cookie);
    await createdAs(t.app, cookie, '/api/v1/interactions', {
      date: '2027-02-04',
      kind: 'call',
      contactIds: [contact.id],
    });
    await createdAs(t.app, cookie, `/api/v1/skills/${skill}/assessments`, { level: 2, source: 'self' });
  }

  it('gives each person her own rows alone', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    await oneOfEach(owner.cookie);
    for (const entity of CSV_ENTITIES) {
      // Her one entry of each; the other person, who has none, a header row alone.
      expect({ entity, rows: (await fetchCsv(t.app, owner.cookie, entity)).records.length }).toEqual({
        entity,
        rows: 1,
      });
      const theirs = await fetchCsv(t.app, other.cookie, entity);
      expect({ entity, text: theirs.text }).toEqual({ entity, text: `${theirs.headers.join(',')}\r\n` });
    }
  });

  it('names the file for the person’s today, in her time zone', async () => {
    const { cookie } = await signUp(t.app);
    const file = async () =>
      (await call(t.app, { url: '/api/v1/export/goals.csv', cookie })).headers['content-disposition'];
    expect(await file()).toBe('attachment; filename="trellis-goals-2027-05-15.csv"');
    // Noon UTC is midnight in Auckland (UTC+12 in May, after daylight saving time ended in April).
    await setTimeZone(t.app, cookie, 'Pacific/Auckland');
    expect(await file()).toBe('attachment; filename="trellis-goals-2027-05-16.csv"');
  });

  it('answers an API token as it answers a session', async () => {
    const { cookie } = await signUp(t.app);
    const { token } = await createToken(t.app, cookie);
    await createGoal(t.app, cookie, { title: 'By token' });
    const res = await call(t.app, { url: '/api/v1/export/goals.csv', token });
    expect(res.status).toBe(200);
    expect(res.json).toContain('By token');
  });

  it('refuses anyone signed out, for every file', async () => {
    for (const entity of CSV_ENTITIES) {
      expectError(await call(t.app, { url: `/api/v1/export/${entity}.csv` }), 401, 'unauthenticated');
    }
    expectError(await call(t.app, { url: '/api/v1/export/resume.json' }), 401, 'unauthenticated');
  });

  it('answers 404 in the error shape for an entity without a file', async () => {
    const { cookie } = await signUp(t.app);
    for (const url of ['/api/v1/export/widgets.csv', '/api/v1/export/goals.json', '/api/v1/export/.csv'])
      expectError(await call(t.app, { url, cookie }), 404, 'not_found');
  });

  it('lists every file in the API document', async () => {
    const doc = (await call(t.app, { url: '/api/v1/openapi.json' })).json;
    for (const entity of CSV_ENTITIES) {
      expect(doc.paths[`/api/v1/export/${entity}.csv`].get.tags).toEqual(['Exports']);
    }
    expect(doc.paths['/api/v1/export/resume.json'].get.tags).toEqual(['Exports']);
  });
});
