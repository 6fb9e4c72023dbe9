// Contacts through the API, on both databases: create, read, the list's order, filters and pages,
// change, delete, and every rule at its field.
import { describe, expect, it } from 'vitest';
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

describe.each(DIALECTS)('contacts on %s', (dialect) => {
  const t = useTestApp(dialect, { clock: fixedClock(NOON_2027_05_15) });
  const post = (cookie: string, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/contacts', cookie, body });
  const patch = (cookie: string, id: string, body: unknown) =>
    call(t.app, { method: 'PATCH', url: `/api/v1/contacts/${id}`, cookie, body });
  const create = async (cookie: string, body: Record<string, unknown>) =>
    bodyOf(await post(cookie, body), 201, 'create contact');
  const names = async (cookie: string, query = '') =>
    bodyOf(await call(t.app, { url: `/api/v1/contacts${query}`, cookie }), 200, 'list').items.map(
      (c: { name: string }) => c.name,
    );

  it('creates a contact with every field and answers it in full, tags and roles each once', async () => {
    const { cookie } = await signUp(t.app);
    const res = await post(cookie, {
      name: '  Ada Quill ',
      emails: [{ value: ' Ada.Quill@Example.com ', label: 'work' }, { value: 'ada@home.example' }],
      phones: [{ value: '+1 (555) 010-2030', label: ' mobile ' }],
      company: 'Lattice Works',
      position: 'Staff Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
      howMet: 'RustConf 2026, the hallway track',
      tags: [' rust ', 'Rust', 'speaker', 'RUST'],
      roles: ['mentor', 'peer', 'mentor'],
      notes: 'Offered to review my talk.',
      keepInTouchDays: 30,
      connectedOn: '2026-09-12',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    expect(res.json).toEqual({
      id: expect.any(String),
      name: 'Ada Quill',
      emails: [
        { value: 'Ada.Quill@Example.com', label: 'work' },
        { value: 'ada@home.example', label: null },
      ],
      phones: [{ value: '+1 (555) 010-2030', label: 'mobile' }],
      company: 'Lattice Works',
      position: 'Staff Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/ada-quill',
      howMet: 'RustConf 2026, the hallway track',
      tags: ['rust', 'speaker'],
      roles: ['mentor', 'peer'],
      notes: 'Offered to review my talk.',
      keepInTouchDays: 30,
      connectedOn: '2026-09-12',
      addedOn: '2027-05-15',
      cadenceDays: 30,
      lastContactedOn: null,
      // Added on 2027-05-15 with no interaction: 05-15 + 30 = 06-14 (May has 31 days: 16 + 14).
      nextContactOn: '2027-06-14',
      createdAt: NOON_2027_05_15,
      updatedAt: NOON_2027_05_15,
    });
    const read = await call(t.app, { url: `/api/v1/contacts/${res.json.id}`, cookie });
    expect(bodyOf(read, 200, 'get')).toEqual(res.json);
  });

  it('creates a contact from a name alone, with empty lists and no clock', async () => {
    const { cookie } = await signUp(t.app);
    expect(await create(cookie, { name: 'Bo' })).toMatchObject({
      emails: [],
      phones: [],
      tags: [],
      roles: [],
      company: null,
      keepInTouchDays: null,
      cadenceDays: null,
      nextContactOn: null,
    });
  });

  it.each([
    [{ name: '  ' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{}, 'name'],
    [{ name: 'A', emails: [{ value: 'not an address' }] }, 'emails.0.value'],
    [{ name: 'A', emails: [{ value: 'a@example.com' }, { value: 'A@EXAMPLE.com' }] }, 'emails.1.value'],
    [{ name: 'A', emails: [{ value: 'a@example.com', label: 'x'.repeat(51) }] }, 'emails.0.label'],
    [{ name: 'A', emails: ['a@example.com'] }, 'emails.0'],
    [{ name: 'A', phones: [{ value: 'call me' }] }, 'phones.0.value'],
    [{ name: 'A', phones: [{ value: '555 1234' }, { value: '555-1234' }] }, 'phones.1.value'],
    [{ name: 'A', linkedinUrl: 'linkedin.com/in/a' }, 'linkedinUrl'],
    [{ name: 'A', linkedinUrl: 'ftp://linkedin.com/in/a' }, 'linkedinUrl'],
    [{ name: 'A', keepInTouchDays: 0 }, 'keepInTouchDays'],
    [{ name: 'A', keepInTouchDays: 731 }, 'keepInTouchDays'],
    [{ name: 'A', keepInTouchDays: 7.5 }, 'keepInTouchDays'],
    [{ name: 'A', roles: ['mentor', 'boss'] }, 'roles.1'],
    [{ name: 'A', tags: ['ok', 'two\nlines'] }, 'tags.1'],
    [{ name: 'A', tags: ['ok', ' '] }, 'tags.1'],
    [{ name: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }, 'tags'],
    [{ name: 'A', connectedOn: '2027-05-16' }, 'connectedOn'],
    [{ name: 'A', connectedOn: '2027-02-29' }, 'connectedOn'],
    [{ name: 'A', company: '' }, 'company'],
    [{ name: 'A', nickname: 'Ace' }, 'nickname'],
  ])('refuses %j at %s', async (body, path) => {
    const { cookie } = await signUp(t.app);
    expectInvalid(await post(cookie, body), path);
  });

  it('lists contacts by name in any case, and pages through them', async () => {
    const { cookie } = await signUp(t.app);
    for (const name of ['bo Ek', 'Ada Quill', 'Émile Zola', 'Zed', 'ada Byron'])
      await create(cookie, { name });
    // By the lower-cased name, in byte order: "ada byron" < "ada quill" < "bo ek" < "zed" < "émile zola".
    expect(await names(cookie)).toEqual(['ada Byron', 'Ada Quill', 'bo Ek', 'Zed', 'Émile Zola']);
    const first = bodyOf(await call(t.app, { url: '/api/v1/contacts?limit=2', cookie }), 200, 'page 1');
    expect(first.items.map((c: { name: string }) => c.name)).toEqual(['ada Byron', 'Ada Quill']);
    const second = bodyOf(
      await call(t.app, { url: `/api/v1/contacts?limit=2&cursor=${first.nextCursor}`, cookie }),
      200,
      'page 2',
    );
    expect(second.items.map((c: { name: string }) => c.name)).toEqual(['bo Ek', 'Zed']);
    const third = bodyOf(
      await call(t.app, { url: `/api/v1/contacts?limit=2&cursor=${second.nextCursor}`, cookie }),
      200,
      'page 3',
    );
    expect(third).toMatchObject({ items: [{ name: 'Émile Zola' }], nextCursor: null });
    expectInvalid(await call(t.app, { url: '/api/v1/contacts?cursor=nonsense', cookie }), 'cursor');
    expectInvalid(await call(t.app, { url: '/api/v1/contacts?limit=0', cookie }), 'limit');
  });

  it('finds contacts by text in the name, company, position, an e-mail or a tag, in any case', async () => {
    const { cookie } = await signUp(t.app);
    await create(cookie, { name: 'Zoë Ångström', company: 'Bergström AB', tags: ['Climate'] });
    await create(cookie, {
      name: 'Li Wei',
      position: 'Head of Data',
      emails: [{ value: 'li@quanta.example' }],
    });
    await create(cookie, { name: 'Sam 100% Solo', tags: ['under_score'] });
    expect(await names(cookie, '?q=ÅNGSTRÖM')).toEqual(['Zoë Ångström']);
    expect(await names(cookie, '?q=bergström')).toEqual(['Zoë Ångström']);
    expect(await names(cookie, '?q=climate')).toEqual(['Zoë Ångström']);
    expect(await names(cookie, '?q=head%20of')).toEqual(['Li Wei']);
    expect(await names(cookie, '?q=QUANTA.EXAMPLE')).toEqual(['Li Wei']);
    // % and _ are the characters themselves, not wildcards.
    expect(await names(cookie, '?q=0%25%20s')).toEqual(['Sam 100% Solo']);
    expect(await names(cookie, '?q=r_s')).toEqual(['Sam 100% Solo']);
    expect(await names(cookie, '?q=x_y')).toEqual([]);
    expect(await names(cookie, '?q=nobody')).toEqual([]);
  });

  it('filters by role and by one whole tag, in any case', async () => {
    const { cookie } = await signUp(t.app);
    await create(cookie, { name: 'Ann', roles: ['mentor'], tags: ['Rust', 'speaker'] });
    await create(cookie, { name: 'Ben', roles: ['mentee', 'peer'], tags: ['rustacean'] });
    await create(cookie, { name: 'Cai', roles: ['peer'], tags: ['rust'] });
    expect(await names(cookie, '?role=mentor')).toEqual(['Ann']);
    expect(await names(cookie, '?role=peer')).toEqual(['Ben', 'Cai']);
    expect(await names(cookie, '?tag=RUST')).toEqual(['Ann', 'Cai']);
    expect(await names(cookie, '?tag=rust&role=peer')).toEqual(['Cai']);
    expect(await names(cookie, '?tag=rustacean')).toEqual(['Ben']);
    expectInvalid(await call(t.app, { url: '/api/v1/contacts?role=boss', cookie }), 'role');
  });

  it('changes fields, clears them with null or [], and keeps the rest', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await create(cookie, {
      name: 'Ann',
      company: 'Acme',
      tags: ['a'],
      emails: [{ value: 'ann@acme.example' }],
      keepInTouchDays: 14,
    });
    const changed = bodyOf(
      await patch(cookie, ann.id, { name: 'Ann Lee', company: null, tags: [], keepInTouchDays: null }),
      200,
      'patch',
    );
    expect(changed).toMatchObject({
      name: 'Ann Lee',
      company: null,
      tags: [],
      emails: [{ value: 'ann@acme.example', label: null }],
      keepInTouchDays: null,
      cadenceDays: null,
      nextContactOn: null,
    });
    expect(await names(cookie, '?q=acme')).toEqual(['Ann Lee']);
    expect(await names(cookie, '?q=ann%20lee')).toEqual(['Ann Lee']);
    expectInvalid(await patch(cookie, ann.id, { keepInTouchDays: 731 }), 'keepInTouchDays');
    expectInvalid(await patch(cookie, ann.id, { connectedOn: '2027-05-16' }), 'connectedOn');
  });

  it('deletes a contact, then answers 404 for it', async () => {
    const { cookie } = await signUp(t.app);
    const ann = await create(cookie, { name: 'Ann' });
    expect((await call(t.app, { method: 'DELETE', url: `/api/v1/contacts/${ann.id}`, cookie })).status).toBe(
      204,
    );
    expectError(await call(t.app, { url: `/api/v1/contacts/${ann.id}`, cookie }), 404, 'not_found');
    expect(await names(cookie)).toEqual([]);
  });

  it('keeps each person’s contacts to themselves', async () => {
    const ann = await signUp(t.app);
    const bob = await signUp(t.app);
    const hers = await create(ann.cookie, { name: 'Ann’s friend' });
    expect(await names(bob.cookie)).toEqual([]);
    expectError(
      await call(t.app, { url: `/api/v1/contacts/${hers.id}`, cookie: bob.cookie }),
      404,
      'not_found',
    );
    expectError(await patch(bob.cookie, hers.id, { name: 'Mine now' }), 404, 'not_found');
    expectError(
      await call(t.app, { method: 'DELETE', url: `/api/v1/contacts/${hers.id}`, cookie: bob.cookie }),
      404,
      'not_found',
    );
    expect(await names(ann.cookie)).toEqual(['Ann’s friend']);
  });

  it('asks for a signed-in person', async () => {
    expectError(await call(t.app, { url: '/api/v1/contacts' }), 401, 'unauthenticated');
  });
});
