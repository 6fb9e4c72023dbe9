// Reading ESCO's CSV files, without a database: the real files in ../shared/fixtures/esco, and a
// small relations file written here (the fixture has none). Expected counts are worked out from the
// files with the shell commands beside them (run in ../shared/fixtures/esco). The CSVs hold line
// breaks inside quoted fields, so records are counted by the text that starts each one.
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../test/fixtures.ts';
import type { CatalogueImport } from './catalogue-import.ts';
import { ESCO_REASONS, readEsco } from './esco.reader.ts';
import { fileFromBuffer, filesInFolder, ImportError } from './import-file.ts';

const ESCO = fixture('esco');
const OCCUPATION = 'http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34';
const csv = (name: string, lines: string[]) => fileFromBuffer(name, Buffer.from(`${lines.join('\r\n')}\r\n`));

describe('the ESCO files in the fixtures', () => {
  let data: CatalogueImport;
  const read = async () => {
    data ??= await readEsco(filesInFolder(ESCO));
    return data;
  };

  it('reads every occupation as a role, its alternative labels (one per line) as aliases', async () => {
    const { roles } = await read();
    // grep -c '^Occupation,http://data.europa.eu/esco/occupation/' occupations_en.csv   → 2942
    expect(roles).toHaveLength(2942);
    // sed -n 2,7p occupations_en.csv: "technical director", then six labels inside one quoted field
    expect(roles.find((r) => r.code === OCCUPATION)).toMatchObject({
      title: 'technical director',
      aliases: [
        'technical and operations director',
        'head of technical',
        'director of technical arts',
        'head of technical department',
        'technical supervisor',
        'technical manager',
      ],
    });
    expect(roles.find((r) => r.code === OCCUPATION)!.description).toMatch(/^Technical directors realise/);
  });

  it('reads both skill collections, hard for a skill the ICT collection has too', async () => {
    const { skills, requirements, tally } = await read();
    // grep -c '^KnowledgeSkillCompetence,' transversalSkillsCollection_en.csv ictSkillsCollection_en.csv
    //   → 107 and 21; in both:
    // comm -12 <(grep -o '^KnowledgeSkillCompetence,[^,]*' transversalSkillsCollection_en.csv | cut -d, -f2 | sort) \
    //          <(grep -o '^KnowledgeSkillCompetence,[^,]*' ictSkillsCollection_en.csv | cut -d, -f2 | sort) | wc -l   → 21
    // So 107 skills: 21 hard (all of the ICT collection), 86 soft.
    expect(skills).toHaveLength(107);
    expect(skills.filter((s) => s.kind === 'hard')).toHaveLength(21);
    // grep -m1 'solve technical problems' ictSkillsCollection_en.csv: in both files, with no altLabels
    expect(skills.find((s) => s.name === 'solve technical problems')).toMatchObject({
      kind: 'hard',
      aliases: [],
    });
    // grep -m1 ',give advice to others,' transversalSkillsCollection_en.csv | cut -d, -f6 | awk -F' [|] ' '{print NF}'
    //   → 11 altLabels; cut -d, -f9 (broaderConceptPT) → social interaction | advising and consulting
    const advice = skills.find((s) => s.name === 'give advice to others')!;
    expect(advice).toMatchObject({ kind: 'soft', category: 'social interaction' });
    expect(advice.aliases.slice(0, 3)).toEqual([
      'make recommendations to others',
      'provide advisory services',
      'advise colleagues',
    ]);
    expect(advice.aliases).toHaveLength(11);
    expect(requirements).toEqual([]);
    expect(tally.notes).toContain(
      'Roles were imported without requirements: occupationSkillRelations_en.csv was not among the files.',
    );
    expect(tally.files).toContainEqual({ name: 'ISCOGroups_en.csv', use: 'not recognised' });
  });
});

describe('ESCO relations', () => {
  it('makes essential relations importance 4, level 3, and optional ones 2, 2', async () => {
    const data = await readEsco([
      csv('occupationSkillRelations_en.csv', [
        'occupationUri,relationType,skillType,skillUri',
        'http://o/1,essential,skill/competence,http://s/a',
        'http://o/1,optional,knowledge,http://s/b',
        'http://o/1,optional,knowledge,http://s/a',
        'http://o/2,mandatory,knowledge,http://s/a',
      ]),
    ]);
    expect(data.requirements).toEqual([
      { roleCode: 'http://o/1', skillCode: 'http://s/a', importance: 4, level: 3 },
      { roleCode: 'http://o/1', skillCode: 'http://s/b', importance: 2, level: 2 },
    ]);
    expect(data.tally.summary().requirements.reasons).toEqual({
      [ESCO_REASONS.listedTwice]: 1,
      [ESCO_REASONS.unknownRelation]: 1,
    });
    expect(data.tally.notes.join(' ')).not.toContain('without requirements');
  });

  it('refuses files it does not know, and a known name with the wrong columns', async () => {
    await expect(readEsco([csv('skills_en.csv', ['conceptUri'])])).rejects.toThrow(/^No ESCO file to import/);
    const wrong = readEsco([csv('occupations_en.csv', ['uri,label'])]);
    await expect(wrong).rejects.toBeInstanceOf(ImportError);
    await expect(wrong).rejects.toThrow(
      'occupations_en.csv has no column conceptUri, preferredLabel, altLabels',
    );
  });

  it('says which file and line a malformed CSV breaks at', async () => {
    const attempt = readEsco([
      csv('occupations_en.csv', ['conceptUri,preferredLabel,altLabels', 'http://o/1,"unclosed,x']),
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ImportError);
    await expect(attempt).rejects.toThrow(/^occupations_en\.csv could not be read: /);
  });
});
