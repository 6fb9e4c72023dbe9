// For the import's tests: a person's data of every kind, entered through the API, and the
// document compared as "the same except ids and timestamps".
import type { FastifyInstance } from 'fastify';
import { addCatalogueRole, addCatalogueSkills } from './catalogue.ts';
import { sumMetric } from './factories.ts';
import { type Answer, bodyOf, call, type TestAppHandle } from './harness.ts';

/** A POST that must answer 201; its body. */
export const created = async (app: FastifyInstance, cookie: string, url: string, body: unknown) =>
  bodyOf(await call(app, { method: 'POST', url, cookie, body }), 201, `POST ${url}`);

let names = 0;

/**
 * Enters a little of everything for the person of `cookie`: a catalogue skill and role she names,
 * her own skill and role, targets, an assessment, a tree of goals three deep, a check-in typed in,
 * learning with its log, practice, content, a feed at `feedUrl`, contacts, an interaction, her
 * network settings, a mentorship with a session and an action item, and a feedback request.
 */
export async function enterEverything(t: TestAppHandle, cookie: string, feedUrl: string): Promise<void> {
  names += 1;
  const post = (url: string, body: unknown) => created(t.app, cookie, url, body);
  const [borrow] = await addCatalogueSkills(t, [{ name: `Borrow checking ${names}`, source: 'esco' }]);
  const role = await addCatalogueRole(t, { title: `Kernel hacker ${names}` });
  const lexing = await post('/api/v1/skills', { name: 'Lexer craft', kind: 'hard', aliases: ['Lexers'] });
  const own = await post('/api/v1/roles', {
    title: 'Compiler engineer',
    requirements: [
      { skillId: lexing.id, level: 4, importance: 5 },
      { skillId: borrow, level: 3, importance: 2 },
    ],
    technologies: [{ skillId: borrow, hot: true }],
  });
  await post('/api/v1/targets', { roleId: role, targetDate: '2028-01-01' });
  await post('/api/v1/targets', { roleId: own.id });
  await post(`/api/v1/skills/${borrow}/assessments`, {
    level: 2,
    source: 'peer',
    assessor: 'Lin',
    date: '2027-05-01',
  });

  const top = await post('/api/v1/goals', { title: 'Become a compiler engineer', startDate: '2027-01-01' });
  const hours = await post('/api/v1/goals', {
    parentId: top.id,
    title: 'Study 20 h',
    startDate: '2027-01-01',
    metric: sumMetric('h', 20),
    skillIds: [lexing.id, borrow],
  });
  const chats = await post('/api/v1/goals', {
    parentId: top.id,
    title: 'Talk to 5 people',
    startDate: '2027-01-01',
    metric: sumMetric('talks', 5),
  });
  await post('/api/v1/goals', { parentId: hours.id, title: 'Read the dragon book', startDate: '2027-02-01' });
  await post(`/api/v1/goals/${hours.id}/check-ins`, { date: '2027-05-12', value: 2, note: 'by hand' });

  const course = await post('/api/v1/learning', {
    kind: 'certification',
    title: 'Compilers 101',
    status: 'completed',
    credential: { identifier: 'C-1', issuedOn: '2027-04-01', expiresOn: '2029-04-01' },
    skillIds: [borrow, lexing.id],
    goalId: hours.id,
  });
  await post(`/api/v1/learning/${course.id}/log`, { date: '2027-05-12', minutes: 45 });
  await post(`/api/v1/learning/${course.id}/log`, { date: '2027-05-13', minutes: 30, note: 'parsers' });
  await post('/api/v1/practice', {
    date: '2027-05-12',
    minutes: 120,
    title: 'A lexer in Rust',
    skillIds: [borrow],
    evidenceUrl: 'https://example.org/pr/1',
    goalId: hours.id,
  });
  await post('/api/v1/content', {
    kind: 'article',
    title: 'Pratt parsing',
    status: 'queued',
    skillIds: [lexing.id],
  });
  await post('/api/v1/feeds', { url: feedUrl });

  const grace = await post('/api/v1/contacts', {
    name: 'Grace Hopper',
    emails: [{ value: 'grace@example.com' }],
    tags: ['Navy'],
    roles: ['mentor'],
  });
  const alan = await post('/api/v1/contacts', { name: 'Alan Kay', keepInTouchDays: 60 });
  await post('/api/v1/interactions', {
    date: '2027-05-14',
    kind: 'meeting',
    contactIds: [alan.id, grace.id],
    goalId: chats.id,
  });
  bodyOf(
    await call(t.app, {
      method: 'PATCH',
      url: '/api/v1/network/settings',
      cookie,
      body: { cadenceByRole: { mentor: 30, peer: 90 } },
    }),
    200,
    'settings',
  );
  // No weekly digest: a choice the document carries (a new account has it on).
  bodyOf(
    await call(t.app, { method: 'PATCH', url: '/api/v1/auth/me', cookie, body: { digest: 'off' } }),
    200,
    'digest',
  );
  const mentorship = await post('/api/v1/mentorships', { myRole: 'mentee', with: { contactId: grace.id } });
  await post(`/api/v1/mentorships/${mentorship.id}/sessions`, { date: '2027-05-14', notes: 'Lexers' });
  await post('/api/v1/feedback-requests', {
    to: { contactId: alan.id },
    about: { goalId: top.id },
    questions: ['How do I come across?'],
  });
}

/** The person's full export. */
export async function exportOf(app: FastifyInstance, cookie: string) {
  return bodyOf(await call(app, { url: '/api/v1/export', cookie }), 200, 'export');
}

/** Posts `doc` to the import as the person of `cookie`. */
export const importAs = (app: FastifyInstance, cookie: string, doc: unknown): Promise<Answer> =>
  call(app, { method: 'POST', url: '/api/v1/import', cookie, body: doc });

const TIMESTAMPS = new Set(['exportedAt', 'createdAt', 'updatedAt', 'answeredAt']);

/**
 * The document with every id replaced by its order of appearance (`#1`, `#2` …, the same number
 * wherever that id is named) and every timestamp by `T`: what is left must survive an import. A
 * check-in's id is named nowhere, and the check-ins of one day are in the order they were written,
 * which an import changes (its entries write theirs again after those typed in): so check-ins lose
 * their ids and are put in one order.
 */
// biome-ignore lint/suspicious/noExplicitAny: a document is walked whatever its shape
export function normalise(doc: any): unknown {
  const copy = structuredClone(doc);
  for (const c of copy.checkIns) c.id = 'check-in';
  const number = new Map<string, string>();
  const stack: unknown[] = [copy];
  // Ids first, in the order of the sections and their records.
  for (const [, value] of Object.entries(copy)) {
    if (!Array.isArray(value)) continue;
    for (const record of value) {
      const id = (record as { id?: unknown }).id;
      if (typeof id === 'string' && id !== 'check-in' && !number.has(id))
        number.set(id, `#${number.size + 1}`);
    }
  }
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown> | unknown[];
    for (const [key, value] of Object.entries(node)) {
      const set = (v: unknown) => {
        if (Array.isArray(node)) node[Number(key)] = v;
        else node[key] = v;
      };
      if (typeof value === 'string') {
        if (!Array.isArray(node) && TIMESTAMPS.has(key) && value !== null) set('T');
        else if (number.has(value)) set(number.get(value));
      } else if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  copy.checkIns.sort((a: unknown, b: unknown) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return copy;
}
