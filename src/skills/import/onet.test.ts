// Reading O*NET files, without a database: the real release in ../shared/fixtures/onet, and small
// files written here for the rules the release does not exercise. Every expected count is worked out
// from the files with the shell command in the comment beside it (run in ../shared/fixtures/onet,
// with S="Skills.subset.from-excel-27.x.tsv" and T="Technology Skills.txt").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import type { CatalogueImport } from './catalogue-import.ts';
import { fileFromBuffer, filesInFolder, ImportError } from './import-file.ts';
import { ONET_REASONS, readOnet, technologyCode } from './onet.reader.ts';
import { importanceOf, levelOf, roundScaled } from './ratings.ts';

const ONET = fixture('onet');

/** A tab-separated file with CRLF line endings, as O*NET writes them. */
const tsv = (name: string, rows: string[][]) =>
  fileFromBuffer(name, Buffer.from(rows.map((r) => r.join('\t')).join('\r\n')));

const SKILLS_HEADER = [
  'O*NET-SOC Code',
  'Element ID',
  'Element Name',
  'Scale ID',
  'Data Value',
  'N',
  'Standard Error',
  'Lower CI Bound',
  'Upper CI Bound',
  'Recommend Suppress',
  'Not Relevant',
  'Date',
  'Domain Source',
];
/** A row of the text layout of Skills.txt (13 columns). */
const rating = (
  soc: string,
  id: string,
  name: string,
  scale: string,
  value: string,
  sup = 'N',
  nr = 'n/a',
) => [soc, id, name, scale, value, '8', '0.1', '0', '0', sup, nr, '08/2023', 'Analyst'];

describe('rounding O*NET ratings', () => {
  it('rounds half away from zero, from the decimal digits', () => {
    // IM 4.5 → 5 (half away from zero; rounding half to even would give 4).
    expect(importanceOf('4.5')).toBe(5);
    expect(importanceOf('3.12')).toBe(3);
    // LV 3.5 × 5/7 = 17.5/7 = 2.5 exactly → 3.
    expect(levelOf('3.5')).toBe(3);
    // LV 0.7 × 5/7 = 0.5 exactly → 1, though floating point done in another order misses the tie
    // (0.7 / 7 × 5 = 0.49999999999999994, which would round to 0).
    expect((0.7 / 7) * 5).toBeLessThan(0.5);
    expect(levelOf('0.70')).toBe(1);
    // LV 2.1 × 5/7 = 1.5 → 2.
    expect(levelOf('2.1')).toBe(2);
    // LV 5.75 × 5/7 = 28.75/7 = 4.107… → 4; LV 7 → 5; LV 0 → 0.
    expect([levelOf('5.75'), levelOf('7'), levelOf('0')]).toEqual([4, 5, 0]);
    expect(roundScaled('-2.5', 1, 1)).toBe(-3);
  });

  it('refuses what is not a number on its scale', () => {
    expect([importanceOf(''), importanceOf('n/a'), importanceOf('0.4'), importanceOf('5.01')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([levelOf('7.01'), levelOf('-0.1'), levelOf('1e3')]).toEqual([null, null, null]);
  });

  it('lands within half a step of LV × 5 / 7, and on a tie away from zero', () => {
    // Any LV with two decimals, h hundredths: LV × 5/7 = h / 140 exactly.
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), (h) => {
        const level = levelOf((h / 100).toFixed(2))!;
        const distance = h - 140 * level; // 140 × (exact − level)
        expect(Math.abs(distance)).toBeLessThanOrEqual(70);
        if (Math.abs(distance) === 70) expect(distance).toBe(-70);
      }),
    );
  });
});

describe('the O*NET release in the fixtures', () => {
  let data: CatalogueImport;
  const read = async () => {
    data ??= await readOnet(filesInFolder(ONET));
    return data;
  };

  it('reads each file by its header row, and says which it did not recognise', async () => {
    const { tally } = await read();
    const use = Object.fromEntries(tally.files.map((f) => [f.name, f.use]));
    expect(use).toEqual({
      'Content Model Reference.txt': 'skill categories and descriptions',
      'Occupation Data.txt': 'roles',
      'Skills.subset.from-excel-27.x.tsv': 'requirements and their skills',
      'Education, Training, and Experience.subset.txt': 'skipped: no IM/LV ratings',
      'Technology Skills.txt': 'technologies and their skills',
      'Education, Training, and Experience Categories.txt': 'not recognised',
      'Job Zone Reference.txt': 'not recognised',
      'Job Zones.txt': 'not recognised',
      'Read Me.txt': 'not recognised',
      'SOURCE.txt': 'not recognised',
      'Sample of Reported Titles.txt': 'not recognised',
      'Scales Reference.txt': 'not recognised',
    });
    expect(tally.notes).toContain(
      'Education, Training, and Experience.subset.txt was skipped: it has no importance (IM) and level (LV) ratings to read requirements from.',
    );
  });

  it('reads every occupation as a role', async () => {
    const { roles } = await read();
    // tail -n +2 "Occupation Data.txt" | cut -f1 | sort -u | wc -l   → 1016 (and 1016 rows: no code twice)
    expect(roles).toHaveLength(1016);
    // grep -m1 '^15-1252.00' "Occupation Data.txt" | cut -f2   → Software Developers
    expect(roles.find((r) => r.code === '15-1252.00')).toMatchObject({
      title: 'Software Developers',
      aliases: [],
    });
    expect(roles.find((r) => r.code === '15-1252.00')!.description).toMatch(/^Research, design, and develop/);
  });

  it('makes each rated element a skill: hard under 2.B.3 Technical Skills, with its parent as category', async () => {
    const elements = (await read()).skills.filter((s) => !s.code.startsWith('technology:'));
    // tail -n +2 "$S" | cut -f3 | sort -u | wc -l                      → 35
    expect(elements).toHaveLength(35);
    // tail -n +2 "$S" | cut -f3 | sort -u | grep -c '^2\.B\.3\.'       → 11
    expect(elements.filter((s) => s.kind === 'hard')).toHaveLength(11);
    expect(elements.filter((s) => s.kind === 'soft')).toHaveLength(24);
    // grep -P '^2\.B\.3\t|^2\.A\.1\t|^2\.B\.3\.e\t' "Content Model Reference.txt" | cut -f1,2,3
    expect(elements.find((s) => s.code === '2.B.3.e')).toEqual({
      code: '2.B.3.e',
      name: 'Programming',
      kind: 'hard',
      category: 'Technical Skills',
      description: 'Writing computer programs for various purposes.',
      aliases: [],
      hot: false,
    });
    expect(elements.find((s) => s.code === '2.A.1.e')).toMatchObject({
      name: 'Mathematics',
      kind: 'soft',
      category: 'Content',
    });
  });

  it('pairs IM with LV, leaves out suppressed and not relevant pairs, and counts why', async () => {
    const { requirements, tally } = await read();
    // Pairs:        tail -n +2 "$S" | cut -f1,3 | sort -u | wc -l                                  → 525
    // Complete:     awk -F'\t' 'NR>1 {print $1"\t"$3"\t"$5}' "$S" | sort -u | wc -l               → 1050 = 2 × 525
    // Suppressed:   awk -F'\t' 'NR>1 && $12=="Y" {print $1"\t"$3}' "$S" | sort -u > /tmp/s; wc -l /tmp/s   → 2
    // Not relevant, and not suppressed as well:
    //   awk -F'\t' 'NR>1 && $13=="Y" {print $1"\t"$3}' "$S" | sort -u | comm -23 - /tmp/s | wc -l   → 65
    // Imported:     525 − 2 − 65 = 458
    expect(requirements).toHaveLength(458);
    // The Education, Training, and Experience subset rates on RL, PT, OJ … only:
    //   tail -n +2 "Education, Training, and Experience.subset.txt" | wc -l   → 637 rows
    //   tail -n +2 "Education, Training, and Experience.subset.txt" | cut -f4 | grep -c -E '^(IM|LV)$'   → 0
    expect(tally.summary().requirements).toEqual({
      added: 0,
      updated: 0,
      skipped: 704,
      reasons: {
        [ONET_REASONS.suppressed]: 2,
        [ONET_REASONS.notRelevant]: 65,
        [ONET_REASONS.noRatings('Education, Training, and Experience.subset')]: 637,
      },
    });
  });

  it('turns IM and LV into importance and level, by hand', async () => {
    const { requirements } = await read();
    const of = (soc: string, element: string) =>
      requirements.find((r) => r.roleCode === soc && r.skillCode === element);
    // awk -F'\t' '$1=="11-1011.00" && $3=="2.B.4.e"' "$S" | cut -f5,7   → IM 4.5, LV 5.75
    // importance = round(4.5) = 5; level = round(5.75 × 5 / 7 = 4.107…) = 4
    expect(of('11-1011.00', '2.B.4.e')).toEqual({
      roleCode: '11-1011.00',
      skillCode: '2.B.4.e',
      importance: 5,
      level: 4,
    });
    // awk -F'\t' '$1=="11-2021.00" && $3=="2.A.2.c"' "$S" | cut -f5,7   → IM 3.12, LV 3.5
    // importance = round(3.12) = 3; level = round(3.5 × 5 / 7 = 2.5) = 3, half away from zero
    expect(of('11-2021.00', '2.A.2.c')).toMatchObject({ importance: 3, level: 3 });
    // awk -F'\t' '$1=="11-1011.00" && $3=="2.B.3.c"' "$S" | cut -f5,12,13   → LV row: Recommend Suppress Y
    expect(of('11-1011.00', '2.B.3.c')).toBeUndefined();
    // awk -F'\t' '$1=="11-1011.00" && $3=="2.B.3.d"' "$S" | cut -f5,13      → LV row: Not Relevant Y
    expect(of('11-1011.00', '2.B.3.d')).toBeUndefined();
  });

  it('makes one hard skill per distinct technology example, hot and categorised by its rows', async () => {
    const { skills, technologies, tally } = await read();
    const examples = skills.filter((s) => s.code.startsWith('technology:'));
    // tail -n +2 "$T" | cut -f2 | sort -u | wc -l                     → 8768
    // tail -n +2 "$T" | cut -f2 | tr A-Z a-z | sort -u | wc -l        → 8768 (no two differ by case only)
    expect(examples).toHaveLength(8768);
    expect(examples.every((s) => s.kind === 'hard')).toBe(true);
    // awk -F'\t' 'NR>1 && $5=="Y" {print $2}' "$T" | sort -u | wc -l   → 170
    expect(examples.filter((s) => s.hot)).toHaveLength(170);
    // The category is the commodity of the example's first row:
    //   awk -F'\t' '$2=="ADO.NET" {print $4}' "$T"   → Data base management system software (twice),
    //   then Data base user interface and query software (twice)
    expect(examples.find((s) => s.name === 'ADO.NET')).toMatchObject({
      code: technologyCode('ADO.NET'),
      category: 'Data base management system software',
      hot: false,
    });
    // tail -n +2 "$T" | cut -f1,2 | sort -u | wc -l                   → 32627 (= rows: no pair twice)
    expect(technologies).toHaveLength(32627);
    // awk -F'\t' 'NR>1 && $5=="Y"' "$T" | wc -l                       → 11621
    expect(technologies.filter((t) => t.hot)).toHaveLength(11621);
    expect(tally.summary().technologies.skipped).toBe(0);
  });
});

describe('O*NET files written for the rules the release does not show', () => {
  it('reads the text layout, and skips an incomplete pair', async () => {
    const data = await readOnet([
      tsv('Skills.txt', [
        SKILLS_HEADER,
        rating('15-1252.00', '2.A.1.a', 'Reading Comprehension', 'IM', '3.88'),
        rating('15-1252.00', '2.A.1.a', 'Reading Comprehension', 'LV', '4.00', 'N', 'N'),
        rating('15-1252.00', '2.B.3.e', 'Programming', 'IM', '4.62'),
      ]),
    ]);
    // 3.88 → 4; 4.00 × 5/7 = 2.857… → 3
    expect(data.requirements).toEqual([
      { roleCode: '15-1252.00', skillCode: '2.A.1.a', importance: 4, level: 3 },
    ]);
    expect(data.tally.summary().requirements.reasons).toEqual({ [ONET_REASONS.incomplete]: 1 });
    // Without Content Model Reference, no category is known: undefined keeps an earlier one.
    expect(data.skills.map((s) => [s.name, s.kind, s.category])).toEqual([
      ['Reading Comprehension', 'soft', undefined],
      ['Programming', 'hard', undefined],
    ]);
    expect(data.tally.notes.join(' ')).toContain('Content Model Reference was not among the files');
  });

  it('makes Knowledge hard, and takes the category from the parent element', async () => {
    const data = await readOnet([
      tsv('Knowledge.txt', [
        SKILLS_HEADER,
        rating('15-1252.00', '2.C.3.a', 'Computers and Electronics', 'IM', '4.5'),
        rating('15-1252.00', '2.C.3.a', 'Computers and Electronics', 'LV', '6.3'),
      ]),
      tsv('Content Model Reference.txt', [
        ['Element ID', 'Element Name', 'Description'],
        ['2.C.3', 'Engineering and Technology', 'Knowledge of engineering.'],
        ['2.C.3.a', 'Computers and Electronics', 'Knowledge of circuit boards.'],
      ]),
    ]);
    expect(data.skills).toEqual([
      {
        code: '2.C.3.a',
        name: 'Computers and Electronics',
        kind: 'hard',
        category: 'Engineering and Technology',
        description: 'Knowledge of circuit boards.',
        aliases: [],
        hot: false,
      },
    ]);
    // 4.5 → 5; 6.3 × 5/7 = 4.5 → 5 (half away from zero)
    expect(data.requirements).toEqual([
      { roleCode: '15-1252.00', skillCode: '2.C.3.a', importance: 5, level: 5 },
    ]);
  });

  it('marks an example hot when any of its rows says Y, and merges one occupation listing it twice', async () => {
    const header = [
      'O*NET-SOC Code',
      'Example',
      'Commodity Code',
      'Commodity Title',
      'Hot Technology',
      'In Demand',
    ];
    const data = await readOnet([
      tsv('Technology Skills.txt', [
        header,
        ['15-1252.00', 'Git', '43232402', 'Configuration management software', 'N', 'N'],
        ['15-1252.00', 'Git', '43232403', 'Development environment software', 'Y', 'N'],
        ['15-1253.00', 'git', '43232402', 'Configuration management software', 'N', 'N'],
        ['15-1253.00', '', '43232402', 'Configuration management software', 'N', 'N'],
      ]),
    ]);
    expect(data.skills).toEqual([
      {
        code: 'technology:git',
        name: 'Git',
        kind: 'hard',
        category: 'Configuration management software',
        description: undefined,
        aliases: [],
        hot: true,
      },
    ]);
    expect(data.technologies).toEqual([
      { roleCode: '15-1252.00', skillCode: 'technology:git', hot: true },
      { roleCode: '15-1253.00', skillCode: 'technology:git', hot: false },
    ]);
    expect(data.tally.summary().technologies.reasons).toEqual({ [ONET_REASONS.noExample]: 1 });
  });

  it('skips rating files of elements that are not skills, knowledge or abilities', async () => {
    const data = await readOnet([
      tsv('Work Activities.txt', [
        SKILLS_HEADER,
        rating('15-1252.00', '4.A.1.a.1', 'Getting Information', 'IM', '4.5'),
        rating('15-1252.00', '4.A.1.a.1', 'Getting Information', 'LV', '4.5'),
      ]),
    ]);
    expect(data.skills).toEqual([]);
    expect(data.tally.summary().requirements.reasons).toEqual({
      [ONET_REASONS.notSkills('Work Activities')]: 2,
    });
  });

  it('refuses a set of files with none it imports from, naming what it looks for', async () => {
    const attempt = readOnet([tsv('notes.txt', [['hello', 'world']])]);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(/^No O\*NET file to import\. .*Occupation Data/);
  });

  it('imports exactly the complete, unflagged pairs of any rating file', async () => {
    const flag = fc.constantFrom('Y', 'N', '', 'n/a');
    const row = fc.record({
      soc: fc.constantFrom('11-1011.00', '15-1252.00'),
      element: fc.constantFrom('2.A.1.a', '2.B.3.e', '1.A.1.a.1'),
      scale: fc.constantFrom('IM', 'LV'),
      value: fc.integer({ min: 100, max: 500 }).map((h) => (h / 100).toFixed(2)),
      sup: flag,
      nr: flag,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 12 }), async (rows) => {
        const data = await readOnet([
          tsv('Skills.txt', [
            SKILLS_HEADER,
            ...rows.map((r) => rating(r.soc, r.element, 'Some Skill', r.scale, r.value, r.sup, r.nr)),
          ]),
        ]);
        // The model: the first row of each pair and scale stands; a pair counts when it has both
        // and neither is flagged.
        const first = new Map<string, (typeof rows)[number]>();
        for (const r of rows) {
          const key = `${r.soc} ${r.element} ${r.scale}`;
          if (!first.has(key)) first.set(key, r);
        }
        const pairs = new Set(rows.map((r) => `${r.soc} ${r.element}`));
        const expected = [...pairs].filter((p) => {
          const im = first.get(`${p} IM`);
          const lv = first.get(`${p} LV`);
          return im && lv && [im, lv].every((r) => r.sup !== 'Y' && r.nr !== 'Y');
        });
        const hasBoth = rows.some((r) => r.scale === 'IM') && rows.some((r) => r.scale === 'LV');
        expect(data.requirements).toHaveLength(hasBoth ? expected.length : 0);
        const summary = data.tally.summary().requirements;
        expect(summary.skipped).toBe(hasBoth ? pairs.size - expected.length : rows.length);
      }),
      { numRuns: 200 },
    );
  });
});
