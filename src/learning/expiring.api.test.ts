// Credentials about to expire, on both databases. Today is 2027-05-15; a credential is valid through
// its expiresOn, so one whose last day is today is not expired yet, and yesterday's is.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import { bodyOf, call, DIALECTS, expectInvalid, signUp, useTestApp } from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('expiring credentials on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const certify = async (cookie: string, title: string, expiresOn: string | null, extra: object = {}) =>
    bodyOf(
      await call(t.app, {
        method: 'POST',
        url: '/api/v1/learning',
        cookie,
        body: { kind: 'certification', title, credential: { issuedOn: '2024-01-01', expiresOn }, ...extra },
      }),
      201,
      'certification',
    );
  const expiring = async (cookie: string, query = '') =>
    bodyOf(await call(t.app, { url: `/api/v1/learning/expiring${query}`, cookie }), 200, 'expiring')
      .items as {
      title: string;
      daysLeft: number;
      expired: boolean;
    }[];
  const titles = (items: { title: string }[]) => items.map((i) => i.title);

  it('lists credentials expiring within 90, 30 and 7 days, expired ones flagged, soonest first', async () => {
    const { cookie } = await signUp(t.app);
    // Days from 2027-05-15 to each last valid day, worked out on the calendar:
    await certify(cookie, '+91', '2027-08-14'); // May 16 … Aug 14: 16 + 30 + 31 + 14 = 91
    await certify(cookie, '+90', '2027-08-13');
    await certify(cookie, '+31', '2027-06-15'); // 16 days left in May + 15 = 31
    await certify(cookie, '+30', '2027-06-14');
    await certify(cookie, '+8', '2027-05-23');
    await certify(cookie, '+7', '2027-05-22');
    await certify(cookie, 'today', '2027-05-15');
    await certify(cookie, '-1', '2027-05-14');
    await certify(cookie, '-400', '2026-04-10'); // 2026-04-10 → 2027-04-10 is 365 days, + 35 to May 15
    await certify(cookie, 'never expires', null);
    await call(t.app, {
      method: 'POST',
      url: '/api/v1/learning',
      cookie,
      body: { kind: 'course', title: 'No credential' },
    });

    const all = await expiring(cookie);
    expect(all.map((i) => [i.title, i.daysLeft, i.expired])).toEqual([
      ['-400', -400, true],
      ['-1', -1, true],
      ['today', 0, false],
      ['+7', 7, false],
      ['+8', 8, false],
      ['+30', 30, false],
      ['+31', 31, false],
      ['+90', 90, false],
    ]);
    expect(titles(await expiring(cookie, '?within=90'))).toEqual(titles(all));
    expect(titles(await expiring(cookie, '?within=30'))).toEqual(['-400', '-1', 'today', '+7', '+8', '+30']);
    expect(titles(await expiring(cookie, '?within=7'))).toEqual(['-400', '-1', 'today', '+7']);
    expect(titles(await expiring(cookie, '?within=0'))).toEqual(['-400', '-1', 'today']);
    expect(titles(await expiring(cookie, '?within=91'))).toEqual([...titles(all), '+91']);
  });

  it('answers each credential with its activity and skills', async () => {
    const { cookie } = await signUp(t.app);
    const [k8s] = await addCatalogueSkills(t, [{ name: `Kubernetes Admin ${Date.now()}` }]);
    const cert = await certify(cookie, 'CKA', '2027-06-01', {
      provider: 'CNCF',
      skillIds: [k8s],
      credential: {
        identifier: 'LF-1',
        url: 'https://verify.example/LF-1',
        issuedOn: '2024-06-01',
        expiresOn: '2027-06-01',
      },
    });
    expect(await expiring(cookie)).toEqual([
      {
        activityId: cert.id,
        title: 'CKA',
        kind: 'certification',
        provider: 'CNCF',
        skillIds: [k8s],
        credential: {
          identifier: 'LF-1',
          url: 'https://verify.example/LF-1',
          issuedOn: '2024-06-01',
          expiresOn: '2027-06-01',
        },
        daysLeft: 17,
        expired: false,
      },
    ]);
    // Another person sees none of it.
    expect(await expiring((await signUp(t.app)).cookie)).toEqual([]);
  });

  it('refuses a window that is not a whole number of days from 0 to 3,650', async () => {
    const { cookie } = await signUp(t.app);
    for (const within of ['-1', '3651', '7.5', 'soon', '']) {
      expectInvalid(
        await call(t.app, { url: `/api/v1/learning/expiring?within=${within}`, cookie }),
        'within',
      );
    }
    expect((await call(t.app, { url: '/api/v1/learning/expiring?within=3650', cookie })).status).toBe(200);
  });
});
