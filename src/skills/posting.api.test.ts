// Job posting → draft role through the API: the catalogue's skills and the person's own found in a
// posting, nothing saved, the limits of the body, and one person's skills never found for another.
import { beforeAll, describe, expect, it } from 'vitest';
import { POSTING_MAX } from '../../shared/skills/skill.schema.ts';
import {
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  signUp,
  type TestAppHandle,
  useTestApp,
} from '../../test/harness.ts';
import { derivedColumns } from './catalogue/rows.ts';

const NOW = '2027-01-01T00:00:00.000Z';

interface NewSkill {
  name: string;
  kind: 'hard' | 'soft';
  aliases?: string[];
}

interface SkillRef {
  id: string;
  name: string;
  kind: string;
  category: string | null;
}

/**
 * Adds a skill to the instance's catalogue, unless it holds one of that name already (the built-in
 * catalogue has most), or to a person's own skills with `ownerId`; answers the skill as a draft
 * names it, either way.
 */
async function ensureSkill(
  t: TestAppHandle,
  skill: NewSkill,
  ownerId: string | null = null,
): Promise<SkillRef> {
  const d = derivedColumns(skill.name, skill.aliases ?? []);
  await t.execute(
    `insert into skills (id, owner_id, name, name_key, kind, category, description, aliases, search, source, code, hot, created_at, updated_at)
     values (?, ?, ?, ?, ?, null, '', ?, ?, ?, null, 0, ?, ?)
     on conflict do nothing`,
    [
      `posting-${d.name_key}-${ownerId ?? 'catalogue'}`,
      ownerId,
      skill.name,
      d.name_key,
      skill.kind,
      d.aliases,
      d.search,
      ownerId ? 'custom' : 'builtin',
      NOW,
      NOW,
    ],
  );
  const owner = ownerId === null ? 'owner_id is null' : 'owner_id = ?';
  const [row] = await t.rows<SkillRef>(
    `select id, name, kind, category from skills where ${owner} and name_key = ?`,
    [...(ownerId === null ? [] : [ownerId]), d.name_key],
  );
  return row!;
}

const CATALOGUE: NewSkill[] = [
  { name: 'Go', kind: 'hard', aliases: ['Golang'] },
  { name: 'Java', kind: 'hard' },
  { name: 'JavaScript', kind: 'hard', aliases: ['JS'] },
  { name: 'Kubernetes', kind: 'hard', aliases: ['k8s'] },
  { name: 'Python', kind: 'hard' },
  { name: 'Public Speaking', kind: 'soft' },
];

const POSTING = [
  '# Platform role',
  'Requirements:',
  '- Go, 6+ years',
  '- Kubernetes (k8s)',
  'Nice to have:',
  '- JavaScript and Java',
  '- Public speaking',
  '- Golang again',
].join('\n');

describe.each(DIALECTS)('job posting → draft role on %s', (dialect) => {
  const t = useTestApp(dialect);
  const skills: Record<string, SkillRef> = {};
  beforeAll(async () => {
    for (const skill of CATALOGUE) skills[skill.name] = await ensureSkill(t, skill);
  });

  const fromPosting = (cookie: string | undefined, body: unknown) =>
    call(t.app, { method: 'POST', url: '/api/v1/roles/from-posting', ...(cookie ? { cookie } : {}), body });
  const count = async (table: string) =>
    Number((await t.rows<{ n: unknown }>(`select count(*) as n from ${table}`))[0]!.n);
  const ref = (name: string) => skills[name];

  it('answers the draft: each skill once, by section, with its line; and saves nothing', async () => {
    const { cookie } = await signUp(t.app);
    const before = [await count('roles'), await count('role_requirements')];
    const res = await fromPosting(cookie, { title: '  Platform Engineer  ', text: POSTING });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      draft: {
        title: 'Platform Engineer',
        requirements: [
          { skill: ref('Go'), level: 4, importance: 4, section: 'required', evidence: '- Go, 6+ years' },
          {
            skill: ref('Kubernetes'),
            level: 3,
            importance: 4,
            section: 'required',
            evidence: '- Kubernetes (k8s)',
          },
          {
            skill: ref('JavaScript'),
            level: 2,
            importance: 2,
            section: 'preferred',
            evidence: '- JavaScript and Java',
          },
          {
            skill: ref('Java'),
            level: 2,
            importance: 2,
            section: 'preferred',
            evidence: '- JavaScript and Java',
          },
          {
            skill: ref('Public Speaking'),
            level: 2,
            importance: 2,
            section: 'preferred',
            evidence: '- Public speaking',
          },
        ],
      },
    });
    expect([await count('roles'), await count('role_requirements')]).toEqual(before);
  });

  it('takes a posting of up to 50,000 characters, and refuses a longer one naming text', async () => {
    const { cookie } = await signUp(t.app);
    const longest = `Python\n${'x'.repeat(POSTING_MAX - 7)}`;
    const res = await fromPosting(cookie, { title: 'Long', text: longest });
    expect(res.status).toBe(200);
    expect(res.json.draft.requirements.map((r: { skill: { name: string } }) => r.skill.name)).toEqual([
      'Python',
    ]);
    expectInvalid(await fromPosting(cookie, { title: 'Long', text: `${longest}x` }), 'text');
  });

  it('refuses a posting without a title, or with a blank one, naming title', async () => {
    const { cookie } = await signUp(t.app);
    expectInvalid(await fromPosting(cookie, { text: 'Python' }), 'title');
    expectInvalid(await fromPosting(cookie, { title: '   ', text: 'Python' }), 'title');
    expectInvalid(await fromPosting(cookie, { title: 'Role', text: 'Python', saved: true }), 'saved');
  });

  it('answers 401 to someone signed out', async () => {
    expectError(await fromPosting(undefined, { title: 'Role', text: 'Python' }), 401, 'unauthenticated');
  });

  it('finds a person’s own skills for them, before the catalogue’s of the same name, and never for another', async () => {
    const owner = await signUp(t.app);
    const other = await signUp(t.app);
    const tuning = await ensureSkill(
      t,
      { name: 'Zephyr Tuning', kind: 'hard', aliases: ['ZT'] },
      owner.user.id,
    );
    const python = await ensureSkill(t, { name: 'Python', kind: 'hard' }, owner.user.id);
    expect(python.id).not.toBe(skills.Python!.id);
    const text = 'Requirements:\n- Python and ZT';

    const mine = await fromPosting(owner.cookie, { title: 'Embedded', text });
    expect(mine.status).toBe(200);
    expect(mine.json.draft.requirements.map((r: { skill: { id: string } }) => r.skill.id)).toEqual([
      python.id,
      tuning.id,
    ]);

    const theirs = await fromPosting(other.cookie, { title: 'Embedded', text });
    expect(theirs.status).toBe(200);
    expect(theirs.json.draft.requirements.map((r: { skill: { id: string } }) => r.skill.id)).toEqual([
      skills.Python!.id,
    ]);
  });
});
