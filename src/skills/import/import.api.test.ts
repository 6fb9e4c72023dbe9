// The catalogue imports on both databases: the admins' upload routes with the real O*NET and ESCO
// files in ../shared/fixtures, re-imports, merging with skills already in the catalogue, and who may
// import. Expected counts are worked out from the files in onet.test.ts and esco.test.ts, with the
// shell commands that give them; they are repeated here as the rows the tables must hold.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import {
  type Answer,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  type SignedUp,
  signUp,
  useTestApp,
} from '../../../test/harness.ts';
import { allTableRules } from '../../features.ts';
import { type Access, createAccess } from '../../platform/access/access.ts';
import { type Database, openDatabase } from '../../platform/db/database.ts';
import { derivedColumns } from '../catalogue/rows.ts';
import { runImport } from './import.service.ts';
import { filesInFolder } from './import-file.ts';
import { ONET_REASONS } from './onet.reader.ts';

const ONET = fixture('onet');
const ESCO = fixture('esco');
const NOW = new Date('2026-12-01T12:00:00.000Z');

/** A multipart form with each file in the field `files`. */
function form(files: { name: string; content: Buffer | string }[], field = 'files'): FormData {
  const data = new FormData();
  for (const f of files) {
    data.append(
      field,
      new Blob([typeof f.content === 'string' ? f.content : new Uint8Array(f.content)]),
      f.name,
    );
  }
  return data;
}

const folderFiles = (folder: string) =>
  fs.readdirSync(folder).map((name) => ({ name, content: fs.readFileSync(path.join(folder, name)) }));

const count = (n: { added: number; updated: number; skipped?: number }) => ({
  skipped: 0,
  reasons: {},
  ...n,
});

describe.each(DIALECTS)('catalogue imports on %s', (dialect) => {
  const t = useTestApp(dialect);
  let admin: SignedUp;
  let member: SignedUp;
  let database: Database;
  let access: Access;

  /** An upload by the admin, by someone else (their cookie), or signed out (null). */
  const upload = (kind: 'onet' | 'esco', body: FormData, cookie: string | null = admin.cookie) =>
    call(t.app, {
      method: 'POST',
      url: `/api/v1/admin/imports/${kind}`,
      body,
      ...(cookie ? { cookie } : {}),
    });
  const countOf = async (query: string, params: unknown[] = []) =>
    Number(Object.values((await t.rows(query, params))[0]!)[0]);
  const emptyCatalogue = async () => {
    // The counts below are the files' alone: the built-in catalogue (seeded by a migration, when it
    // exists) would turn some additions into links to its skills. Merging is tested on its own.
    for (const table of ['role_requirements', 'role_technologies', 'roles', 'skills']) {
      await t.execute(`delete from ${table} where owner_id is null`);
    }
  };

  beforeAll(async () => {
    admin = await signUp(t.app);
    member = await signUp(t.app);
    database = openDatabase(t.config.database);
    access = createAccess(database.db, allTableRules());
    await emptyCatalogue();
  });
  afterAll(() => database?.close());

  describe('who may import', () => {
    const notes = form([{ name: 'notes.txt', content: 'hello\tworld\r\n' }]);

    it('answers 401 to someone signed out', async () => {
      expectError(await upload('onet', notes, null), 401, 'unauthenticated');
    });

    it('answers 403 to a member who is not an admin', async () => {
      expect(member.user.role).toBe('member');
      const file = {
        name: 'Occupation Data.txt',
        content: fs.readFileSync(path.join(ONET, 'Occupation Data.txt')),
      };
      for (const kind of ['onet', 'esco'] as const) {
        expectError(await upload(kind, form([file]), member.cookie), 403, 'forbidden');
      }
      expect(await countOf("select count(*) from roles where source = 'onet'")).toBe(0);
    });

    it('answers 400 when no file it recognises was sent, naming the field', async () => {
      const onet = await upload('onet', notes);
      expectInvalid(onet, 'files');
      expect(onet.json.error.message).toMatch(/^No O\*NET file to import\./);
      expectInvalid(await upload('esco', form([{ name: 'skills_en.csv', content: 'a,b\r\n' }])), 'files');
      // Files in another field are not the files to import.
      const elsewhere = form(
        [{ name: 'Occupation Data.txt', content: 'O*NET-SOC Code\tTitle\tDescription\r\n' }],
        'file',
      );
      expectInvalid(await upload('onet', elsewhere), 'files');
    });

    it('answers 400, not 500, for a file it cannot parse', async () => {
      const broken = form([
        { name: 'occupations_en.csv', content: 'conceptUri,preferredLabel,altLabels\r\nx,"open' },
      ]);
      const res = await upload('esco', broken);
      expectInvalid(res, 'files');
      expect(res.json.error.message).toMatch(/^occupations_en\.csv could not be read: /);
    });

    it('answers 415 to a body that is not multipart', async () => {
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/admin/imports/onet',
        cookie: admin.cookie,
        body: {},
      });
      expectError(res, 415, 'unsupported_media_type');
    });

    it('keeps the 1 MiB limit on every other route', async () => {
      const big = form([{ name: 'x.txt', content: Buffer.alloc(2 * 1024 * 1024, 'a') }]);
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        cookie: admin.cookie,
        body: big,
      });
      expectError(res, 415, 'unsupported_media_type');
      const json = await call(t.app, {
        method: 'POST',
        url: '/api/v1/goals',
        cookie: admin.cookie,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'a'.repeat(2 * 1024 * 1024) }),
      });
      expectError(json, 413, 'payload_too_large');
    });
  });

  describe('the O*NET release', () => {
    let first: Answer;

    beforeAll(async () => {
      // Technology Skills.txt alone is 2.6 MB, past Fastify's default 1 MiB body limit.
      expect(fs.statSync(path.join(ONET, 'Technology Skills.txt')).size).toBeGreaterThan(1024 * 1024);
      first = await upload('onet', form(folderFiles(ONET)));
    });

    it('imports every role, skill, requirement and technology, and says what it skipped', () => {
      expect(first.status).toBe(200);
      expect(first.json.roles).toEqual(count({ added: 1016, updated: 0 }));
      // 35 rated elements + 8,768 technology examples
      expect(first.json.skills).toEqual(count({ added: 8803, updated: 0 }));
      expect(first.json.requirements).toEqual({
        added: 458,
        updated: 0,
        skipped: 704,
        reasons: {
          [ONET_REASONS.noRatings('Education, Training, and Experience.subset')]: 637,
          [ONET_REASONS.suppressed]: 2,
          [ONET_REASONS.notRelevant]: 65,
        },
      });
      expect(first.json.technologies).toEqual(count({ added: 32627, updated: 0 }));
      expect(first.json.files).toContainEqual({
        name: 'Education, Training, and Experience.subset.txt',
        use: 'skipped: no IM/LV ratings',
      });
    });

    it('stores them as instance entries, requirements as importance and level', async () => {
      expect(await countOf("select count(*) from roles where source = 'onet' and owner_id is null")).toBe(
        1016,
      );
      expect(await countOf("select count(*) from skills where source = 'onet' and owner_id is null")).toBe(
        8803,
      );
      expect(await countOf('select count(*) from role_requirements')).toBe(458);
      expect(await countOf('select count(*) from role_technologies')).toBe(32627);
      expect(await countOf('select count(*) from role_technologies where hot = 1')).toBe(11621);
      // Chief Executives' Judgment and Decision Making: IM 4.5 → 5, LV 5.75 × 5/7 = 4.107… → 4
      const [row] = await t.rows(
        `select rr.importance, rr.level, s.kind, s.category from role_requirements rr
           join roles r on r.id = rr.role_id join skills s on s.id = rr.skill_id
          where r.code = ? and s.code = ?`,
        ['11-1011.00', '2.B.4.e'],
      );
      expect(row).toEqual({ importance: 5, level: 4, kind: 'soft', category: 'Systems Skills' });
      const [python] = await t.rows("select kind, category, hot, source from skills where name = 'Python'");
      expect(python).toEqual({
        kind: 'hard',
        category: 'Object or component oriented development software',
        hot: 1,
        source: 'onet',
      });
    });

    it('updates in place when run again: nothing added, everything updated, no row twice', async () => {
      // An alias another writer gave an imported skill (the built-in catalogue does) stays.
      await t.execute("update skills set aliases = ?, search = ? where code = 'technology:python'", [
        '["CPython"]',
        'python\ncpython',
      ]);
      const again = await upload('onet', form(folderFiles(ONET)));
      expect(again.status).toBe(200);
      expect(again.json.roles).toEqual(count({ added: 0, updated: 1016 }));
      expect(again.json.skills).toEqual(count({ added: 0, updated: 8803 }));
      expect(again.json.requirements).toMatchObject({ added: 0, updated: 458, skipped: 704 });
      expect(again.json.technologies).toEqual(count({ added: 0, updated: 32627 }));
      expect(await countOf('select count(*) from roles')).toBe(1016);
      expect(await countOf('select count(*) from skills')).toBe(8803);
      expect(await countOf('select count(*) from role_requirements')).toBe(458);
      expect(await countOf('select count(*) from role_technologies')).toBe(32627);
      expect(await countOf('select count(distinct code) from skills')).toBe(8803);
      const [python] = await t.rows("select aliases, search from skills where code = 'technology:python'");
      expect(python).toEqual({ aliases: '["CPython"]', search: 'python\ncpython' });
    });
  });

  describe('the ESCO files', () => {
    it('imports the occupations with their alternative labels, and says they have no requirements', async () => {
      const res = await upload('esco', form(folderFiles(ESCO)));
      expect(res.status).toBe(200);
      expect(res.json.roles).toEqual(count({ added: 2942, updated: 0 }));
      expect(res.json.skills).toEqual(count({ added: 107, updated: 0 }));
      expect(res.json.requirements).toEqual(count({ added: 0, updated: 0 }));
      expect(res.json.notes).toContain(
        'Roles were imported without requirements: occupationSkillRelations_en.csv was not among the files.',
      );
      expect(await countOf("select count(*) from roles where source = 'esco'")).toBe(2942);
      expect(await countOf("select count(*) from skills where source = 'esco' and kind = 'hard'")).toBe(21);
      expect(await countOf("select count(*) from skills where source = 'esco' and kind = 'soft'")).toBe(86);
      const [director] = await t.rows("select aliases, search from roles where title = 'technical director'");
      expect(JSON.parse(String(director!.aliases))).toHaveLength(6);
      expect(String(director!.search).split('\n')).toContain('head of technical department');
    });

    it('reads the relations from a folder, essential 4/3 and optional 2/2, skipping what it does not know', async () => {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'trellis-esco-'));
      try {
        const director = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
        // Both in the transversal collection (the second in the ICT one too).
        const advice = 'http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d';
        const solve = 'http://data.europa.eu/esco/skill/14832d87-2f2f-4895-b290-e4760ebae42a';
        fs.writeFileSync(
          path.join(folder, 'occupationSkillRelations_en.csv'),
          [
            'occupationUri,relationType,skillType,skillUri',
            `${director},essential,skill/competence,${advice}`,
            `${director},optional,skill/competence,${solve}`,
            `${director},essential,skill/competence,http://data.europa.eu/esco/skill/not-imported`,
            `http://data.europa.eu/esco/occupation/unknown,essential,skill/competence,${advice}`,
            '',
          ].join('\r\n'),
        );
        const summary = await runImport(access.instance, 'esco', filesInFolder(folder), NOW);
        expect(summary.requirements).toEqual({
          added: 2,
          updated: 0,
          skipped: 2,
          reasons: { 'unknown skill': 1, 'unknown occupation code': 1 },
        });
        expect(summary.notes).not.toContain(expect.stringContaining('without requirements'));
        const rows = await t.rows<{ name: string; importance: number; level: number }>(
          `select s.name, rr.importance, rr.level from role_requirements rr
             join roles r on r.id = rr.role_id join skills s on s.id = rr.skill_id
            where r.code = ? order by s.name`,
          [director],
        );
        expect(rows).toEqual([
          { name: 'give advice to others', importance: 4, level: 3 },
          { name: 'solve technical problems', importance: 2, level: 2 },
        ]);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('merging with the skills already in the catalogue', () => {
    it('reuses a skill of the same name (any case), but never merges on an alias', async () => {
      // A built-in skill "Espalier", whose alias is the name of an example the file brings. (Names
      // no O*NET file has, so the fixture imported above cannot have taken them.)
      await access.instance.transaction((instance) =>
        instance.catalogue
          .insertInto('skills')
          .values({
            id: 'builtin-espalier',
            name: 'Espalier',
            ...derivedColumns('Espalier', ['Gardenhose']),
            kind: 'hard',
            category: 'Training plants',
            description: 'Trains a tree flat against a wall.',
            source: 'builtin',
            code: 'espalier',
            created_at: NOW.toISOString(),
            updated_at: NOW.toISOString(),
          })
          .execute(),
      );
      const occupation =
        'O*NET-SOC Code\tTitle\tDescription\r\n99-0001.00\tPlatform Engineers\tRun platforms.\r\n';
      const technology = [
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology\tIn Demand',
        '99-0001.00\tESPALIER\t43233004\tOperating system software\tY\tN',
        '99-0001.00\tGardenhose\t43233004\tOperating system software\tN\tN',
      ].join('\r\n');
      const res = await upload(
        'onet',
        form([
          { name: 'occupations.txt', content: occupation },
          { name: 'tech.txt', content: technology },
        ]),
      );
      expect(res.status).toBe(200);
      // ESPALIER is the built-in skill (linked, as it was); Gardenhose, its alias, a new one.
      expect(res.json.skills).toMatchObject({ added: 1, updated: 1 });
      expect(res.json.notes.join(' ')).toContain('1 skill has the name of a skill already in the catalogue');
      const linked = await t.rows<{ id: string; name: string; source: string; category: string }>(
        `select s.id, s.name, s.source, s.category from role_technologies rt
           join roles r on r.id = rt.role_id join skills s on s.id = rt.skill_id
          where r.code = '99-0001.00' order by s.name`,
      );
      expect(linked).toEqual([
        { id: 'builtin-espalier', name: 'Espalier', source: 'builtin', category: 'Training plants' },
        {
          id: expect.not.stringMatching('builtin-espalier'),
          name: 'Gardenhose',
          source: 'onet',
          category: 'Operating system software',
        },
      ]);
      expect(await countOf("select count(*) from skills where name_key = 'espalier'")).toBe(1);

      // Run again: the same links, the built-in skill still as it was.
      const again = await upload(
        'onet',
        form([
          { name: 'occupations.txt', content: occupation },
          { name: 'tech.txt', content: technology },
        ]),
      );
      expect(again.json.skills).toMatchObject({ added: 0, updated: 2 });
      expect(again.json.technologies).toMatchObject({ added: 0, updated: 2 });
      expect(await countOf("select count(*) from skills where name_key in ('espalier', 'gardenhose')")).toBe(
        2,
      );
    });

    it('leaves a person’s own skill of the same name alone', async () => {
      await access.scopeFor(member.user).insert('skills', [
        {
          id: 'own-pruning',
          name: 'Pruning',
          ...derivedColumns('Pruning', []),
          kind: 'hard',
          category: null,
          description: '',
          source: 'custom',
          code: null,
          created_at: NOW.toISOString(),
          updated_at: NOW.toISOString(),
        },
      ]);
      const technology = [
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology',
        '99-0001.00\tPruning\t43233004\tConfiguration management software\tY',
      ].join('\r\n');
      const res = await upload('onet', form([{ name: 'tech.txt', content: technology }]));
      expect(res.json.skills).toMatchObject({ added: 1, updated: 0 });
      const rows = await t.rows(
        "select id, owner_id, source from skills where name_key = 'pruning' order by source",
      );
      expect(rows).toEqual([
        { id: 'own-pruning', owner_id: member.user.id, source: 'custom' },
        { id: expect.any(String), owner_id: null, source: 'onet' },
      ]);
    });

    it('skips requirements and technologies of an occupation it does not know', async () => {
      const technology = [
        'O*NET-SOC Code\tExample\tCommodity Code\tCommodity Title\tHot Technology',
        '00-0000.00\tTrellisctl\t43233004\tConfiguration management software\tN',
      ].join('\r\n');
      const res = await upload('onet', form([{ name: 'tech.txt', content: technology }]));
      expect(res.json.technologies).toEqual({
        added: 0,
        updated: 0,
        skipped: 1,
        reasons: { 'unknown occupation code': 1 },
      });
      // The example is a skill all the same.
      expect(res.json.skills).toMatchObject({ added: 1 });
    });
  });
});
