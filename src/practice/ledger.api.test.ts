// The knowledge-vs-practice ledger through the API, on both databases, with its flags end to end.
// Today is 2027-05-15: the 90 days up to it start on 2027-02-15, the 180 days on 2026-11-17.
import { describe, expect, it } from 'vitest';
import { addCatalogueSkills } from '../../test/catalogue.ts';
import { NOON_2027_05_15 } from '../../test/factories.ts';
import {
  bodyOf,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  useTestApp,
} from '../../test/harness.ts';
import { fixedClock } from '../platform/clock.ts';

describe.each(DIALECTS)('the ledger on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const send = async (cookie: string, url: string, body: unknown) =>
    bodyOf(await call(t.app, { method: 'POST', url, cookie, body }), 201, url);
  const get = (cookie: string, url: string) => call(t.app, { url, cookie });
  const ref = (id: string, name: string) => ({ id, name, kind: 'hard', category: null });

  it('answers a row per skill with learning, practice or credentials, flagged, by name', async () => {
    const { cookie } = await signUp(t.app);
    const n = Date.now().toString(36);
    const names = {
      cloud: `Cloud Arch ${n}`,
      docker: `Docker ${n}`,
      kotlin: `Kotlin ${n}`,
      rust: `Rust ${n}`,
    };
    const [rust, kotlin, docker, cloud] = await addCatalogueSkills(t, [
      { name: names.rust },
      { name: names.kotlin },
      { name: names.docker },
      { name: names.cloud },
    ]);
    // One course on two skills: its 60 + 90 = 150 minutes (2.5 hours) count in full for each.
    const course = await send(cookie, '/api/v1/learning', {
      kind: 'course',
      title: 'Systems programming',
      skillIds: [rust, kotlin],
    });
    await send(cookie, `/api/v1/learning/${course.id}/log`, { date: '2027-04-01', minutes: 60 });
    await send(cookie, `/api/v1/learning/${course.id}/log`, { date: '2027-05-10', minutes: 90 });
    const cert = await send(cookie, '/api/v1/learning', {
      kind: 'certification',
      title: 'AWS Solutions Architect',
      skillIds: [cloud],
      credential: { identifier: 'AWS-1', issuedOn: '2026-01-10', expiresOn: '2029-01-10' },
    });
    const practice = (date: string, minutes: number, skillIds: string[]) =>
      send(cookie, '/api/v1/practice', { date, minutes, title: 'Hands on', skillIds });
    await practice('2027-02-14', 30, [cloud!]); // today − 90: outside the 90 days
    await practice('2026-11-16', 60, [docker!]); // today − 180: outside the 180 days
    await practice('2026-11-17', 45, [kotlin!]); // today − 179: inside them
    // Another person's time is not mine.
    const other = await signUp(t.app);
    await send(other.cookie, '/api/v1/practice', {
      date: '2027-05-01',
      minutes: 60,
      title: 'Theirs',
      skillIds: [rust],
    });

    const ledger = bodyOf(await get(cookie, '/api/v1/ledger'), 200, 'ledger');
    const learned = (name: string) =>
      `You spent 2.5 hours learning ${name} in the 90 days up to May 15, 2027 and logged no practice of it: put it to use on something real.`;
    expect(ledger).toEqual({
      asOf: '2027-05-15',
      items: [
        {
          skill: ref(cloud!, names.cloud),
          learningHours: 0,
          practiceHours: 0.5,
          contentMinutes: 0,
          credentials: [
            {
              activityId: cert.id,
              title: 'AWS Solutions Architect',
              identifier: 'AWS-1',
              url: null,
              issuedOn: '2026-01-10',
              expiresOn: '2029-01-10',
              expired: false,
            },
          ],
          lastLearnedOn: null,
          lastPractisedOn: '2027-02-14',
          flags: [
            {
              kind: 'certificate_without_practice',
              message: `You hold “AWS Solutions Architect” but have not practised ${names.cloud} in the 90 days up to May 15, 2027. You last practised it on Feb 14, 2027, 90 days before.`,
            },
          ],
        },
        {
          skill: ref(docker!, names.docker),
          learningHours: 0,
          practiceHours: 1,
          contentMinutes: 0,
          credentials: [],
          lastLearnedOn: null,
          lastPractisedOn: '2026-11-16',
          flags: [
            {
              kind: 'stale',
              message: `You last practised ${names.docker} on Nov 16, 2026, 180 days before May 15, 2027: nothing in the 180 days up to then.`,
            },
          ],
        },
        {
          skill: ref(kotlin!, names.kotlin),
          learningHours: 2.5,
          practiceHours: 0.75,
          contentMinutes: 0,
          credentials: [],
          lastLearnedOn: '2027-05-10',
          lastPractisedOn: '2026-11-17',
          flags: [{ kind: 'learning_without_practice', message: learned(names.kotlin) }],
        },
        {
          skill: ref(rust!, names.rust),
          learningHours: 2.5,
          practiceHours: 0,
          contentMinutes: 0,
          credentials: [],
          lastLearnedOn: '2027-05-10',
          lastPractisedOn: null,
          flags: [{ kind: 'learning_without_practice', message: learned(names.rust) }],
        },
      ],
    });

    // One skill's row is the same row.
    expect(bodyOf(await get(cookie, `/api/v1/skills/${kotlin}/ledger`), 200, 'row')).toEqual(ledger.items[2]);

    // A day earlier every window starts a day earlier: Cloud's practice (now asOf − 89) and
    // Docker's (now asOf − 179) count as recent, so only the learning flags remain.
    const before = bodyOf(await get(cookie, '/api/v1/ledger?asOf=2027-05-14'), 200, 'ledger');
    expect(
      before.items.map((r: { skill: { id: string }; flags: { kind: string }[] }) => [
        r.skill.id,
        r.flags.map((f) => f.kind),
      ]),
    ).toEqual([
      [cloud, []],
      [docker, []],
      [kotlin, ['learning_without_practice']],
      [rust, ['learning_without_practice']],
    ]);
    // Before the entry of 2027-05-10 only its first hour counts: under 2 hours, no flag.
    const rustEarlier = bodyOf(
      await get(cookie, `/api/v1/skills/${rust}/ledger?asOf=2027-05-09`),
      200,
      'row',
    );
    expect(rustEarlier).toMatchObject({ learningHours: 1, lastLearnedOn: '2027-04-01', flags: [] });
    // Before anything was logged or issued, there is nothing.
    expect(bodyOf(await get(cookie, '/api/v1/ledger?asOf=2025-12-31'), 200, 'ledger')).toEqual({
      asOf: '2025-12-31',
      items: [],
    });
  });

  it('answers zeros for a visible skill with nothing logged, 404 for a skill not visible', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const [quiet] = await addCatalogueSkills(t, [{ name: `Quiet skill ${Date.now().toString(36)}` }]);
    expect(bodyOf(await get(ann.cookie, `/api/v1/skills/${quiet}/ledger`), 200, 'row')).toEqual({
      skill: ref(quiet!, expect.any(String) as unknown as string),
      learningHours: 0,
      practiceHours: 0,
      contentMinutes: 0,
      credentials: [],
      lastLearnedOn: null,
      lastPractisedOn: null,
      flags: [],
    });
    const bobs = await send(bob.cookie, '/api/v1/skills', { name: `Bob secret ${Date.now()}`, kind: 'soft' });
    expectError(await get(ann.cookie, `/api/v1/skills/${bobs.id}/ledger`), 404, 'not_found');
    expectError(await get(ann.cookie, '/api/v1/skills/no-such-skill/ledger'), 404, 'not_found');
    expect(bodyOf(await get(ann.cookie, '/api/v1/ledger'), 200, 'ledger').items).toEqual([]);
    expectInvalid(await get(ann.cookie, '/api/v1/ledger?asOf=2027-02-30'), 'asOf');
    expectInvalid(await get(ann.cookie, `/api/v1/skills/${quiet}/ledger?asOf=soon`), 'asOf');
  });
  it('counts done content in contentMinutes, by its date, and never as learning', async () => {
    const { cookie } = await signUp(t.app);
    const [talks] = await addCatalogueSkills(t, [{ name: `Public talks ${Date.now().toString(36)}` }]);
    const content = (body: object) =>
      send(cookie, '/api/v1/content', {
        kind: 'podcast_episode',
        title: 'Episode',
        skillIds: [talks],
        ...body,
      });
    await content({ status: 'done', consumedOn: '2027-05-01', minutes: 45 });
    await content({ status: 'done', consumedOn: '2027-05-14', minutes: 30 });
    await content({ status: 'done', consumedOn: '2027-05-14' }); // no minutes: counts 0
    await content({ status: 'queued', minutes: 60 }); // not done: not counted
    await content({ status: 'abandoned', minutes: 20 }); // not done either

    // Up to today: 45 + 30 = 75 minutes; content sets no lastLearnedOn and raises no flag.
    const row = bodyOf(await get(cookie, `/api/v1/skills/${talks}/ledger`), 200, 'row');
    expect(row).toMatchObject({ learningHours: 0, contentMinutes: 75, lastLearnedOn: null, flags: [] });
    // Up to May 13 only the first episode counts: 45.
    const earlier = bodyOf(await get(cookie, '/api/v1/ledger?asOf=2027-05-13'), 200, 'ledger');
    expect(earlier.items.map((r: { contentMinutes: number }) => r.contentMinutes)).toEqual([45]);
    // Before any of it: no row at all.
    expect(bodyOf(await get(cookie, '/api/v1/ledger?asOf=2027-04-30'), 200, 'ledger').items).toEqual([]);
  });
});
