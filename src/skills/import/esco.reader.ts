// Reads ESCO's CSV download (RFC 4180, UTF-8) into what the catalogue imports. ESCO's skill
// collections share one header, so its files are recognised by their names (any language suffix):
//
//   occupations_en.csv                  → roles (aliases: altLabels, one per line inside the field)
//   ictSkillsCollection_en.csv          → hard skills (aliases: altLabels, separated by " | ")
//   transversalSkillsCollection_en.csv  → soft skills, unless the ICT collection has them too
//   occupationSkillRelations_en.csv     → requirements: essential 4/3, optional 2/2 (importance/level)
import {
  type CatalogueImport,
  type RequirementEntry,
  type RoleEntry,
  type SkillEntry,
  Tally,
} from './catalogue-import.ts';
import {
  columnsOf,
  field,
  headerOf,
  ImportError,
  type ImportFile,
  type Progress,
  tableRows,
} from './import-file.ts';

type EscoKind = 'occupations' | 'ict skills' | 'transversal skills' | 'relations';

const KINDS: { kind: EscoKind; name: RegExp; columns: string[]; use: string }[] = [
  {
    kind: 'occupations',
    name: /^occupations_[a-z-]+\.csv$/i,
    columns: ['conceptUri', 'preferredLabel', 'altLabels'],
    use: 'roles',
  },
  {
    kind: 'ict skills',
    name: /^ictSkillsCollection_[a-z-]+\.csv$/i,
    columns: ['conceptUri', 'preferredLabel', 'altLabels'],
    use: 'skills (hard)',
  },
  {
    kind: 'transversal skills',
    name: /^transversalSkillsCollection_[a-z-]+\.csv$/i,
    columns: ['conceptUri', 'preferredLabel', 'altLabels'],
    use: 'skills (soft)',
  },
  {
    kind: 'relations',
    name: /^occupationSkillRelations_[a-z-]+\.csv$/i,
    columns: ['occupationUri', 'relationType', 'skillUri'],
    use: 'requirements',
  },
];

/** What an occupation–skill relation requires. */
export const RELATION_REQUIREMENT = {
  essential: { importance: 4, level: 3 },
  optional: { importance: 2, level: 2 },
} as const;

export const ESCO_REASONS = {
  noUri: 'no concept URI',
  noLabel: 'no preferred label',
  listedTwice: 'listed twice',
  unknownRelation: 'relation type neither essential nor optional',
} as const;

/** The kind of ESCO file a name announces, or null for a file this import does not read. */
export const escoKindOf = (name: string): EscoKind | null =>
  KINDS.find((k) => k.name.test(name))?.kind ?? null;

/** ESCO's "a | b | c" (the collections) or one label per line (occupations), cleaned of blanks. */
const labels = (text: string, separator: string | RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** Reads every file it recognises; throws an ImportError when it recognises none. */
export async function readEsco(
  files: readonly ImportFile[],
  onProgress?: (progress: Progress) => void,
): Promise<CatalogueImport> {
  const tally = new Tally();
  const known: { file: ImportFile; kind: EscoKind }[] = [];
  const unrecognised: string[] = [];
  for (const file of files) {
    const kind = escoKindOf(file.name);
    if (kind) known.push({ file, kind });
    else unrecognised.push(file.name);
  }
  if (known.length === 0) {
    throw new ImportError(
      'No ESCO file to import. ESCO files are recognised by their names: occupations_en.csv, ' +
        'transversalSkillsCollection_en.csv, ictSkillsCollection_en.csv or occupationSkillRelations_en.csv.',
    );
  }
  for (const { file, kind } of known) {
    const columns = columnsOf(await headerOf(file, 'csv'));
    const missing = KINDS.find((k) => k.kind === kind)!.columns.filter((c) => !columns.has(c));
    if (missing.length > 0) {
      throw new ImportError(`${file.name} has no column ${missing.join(', ')}: is it an ESCO CSV file?`);
    }
  }

  const reader = new EscoReader(tally, onProgress);
  // The ICT collection before the transversal one: a skill in both is hard, and read from it.
  const order: EscoKind[] = ['occupations', 'ict skills', 'transversal skills', 'relations'];
  for (const kind of order) {
    for (const k of known.filter((k) => k.kind === kind)) {
      await reader.read(k.file, kind);
      tally.files.push({ name: k.file.name, use: KINDS.find((s) => s.kind === kind)!.use });
    }
  }
  for (const name of unrecognised) tally.files.push({ name, use: 'not recognised' });
  if (unrecognised.length > 0) tally.notes.push(`Not recognised, so not read: ${unrecognised.join(', ')}.`);
  if (known.some((k) => k.kind === 'occupations') && !known.some((k) => k.kind === 'relations')) {
    tally.notes.push(
      'Roles were imported without requirements: occupationSkillRelations_en.csv was not among the files.',
    );
  }
  return { source: 'esco', tally, ...reader.result() };
}

class EscoReader {
  readonly #roles = new Map<string, RoleEntry>();
  readonly #skills = new Map<string, SkillEntry>();
  readonly #requirements = new Map<string, RequirementEntry>();

  constructor(
    private readonly tally: Tally,
    private readonly onProgress?: (progress: Progress) => void,
  ) {}

  result() {
    return {
      roles: [...this.#roles.values()],
      skills: [...this.#skills.values()],
      requirements: [...this.#requirements.values()],
      technologies: [],
    };
  }

  async read(file: ImportFile, kind: EscoKind): Promise<void> {
    if (kind === 'occupations') return this.#readOccupations(file);
    if (kind === 'relations') return this.#readRelations(file);
    return this.#readSkills(file, kind === 'ict skills' ? 'hard' : 'soft');
  }

  async #readOccupations(file: ImportFile): Promise<void> {
    for await (const { row, columns } of tableRows(file, 'csv', this.onProgress)) {
      const code = field(row, columns, 'conceptUri');
      const title = field(row, columns, 'preferredLabel');
      if (!code) this.tally.skipped('roles', ESCO_REASONS.noUri);
      else if (!title) this.tally.skipped('roles', ESCO_REASONS.noLabel);
      else if (this.#roles.has(code)) this.tally.skipped('roles', ESCO_REASONS.listedTwice);
      else {
        this.#roles.set(code, {
          code,
          title,
          description: field(row, columns, 'description'),
          aliases: labels(field(row, columns, 'altLabels'), /\r?\n/),
        });
      }
    }
  }

  async #readSkills(file: ImportFile, kind: 'hard' | 'soft'): Promise<void> {
    for await (const { row, columns } of tableRows(file, 'csv', this.onProgress)) {
      const code = field(row, columns, 'conceptUri');
      const name = field(row, columns, 'preferredLabel');
      if (!code) this.tally.skipped('skills', ESCO_REASONS.noUri);
      else if (!name) this.tally.skipped('skills', ESCO_REASONS.noLabel);
      else if (this.#skills.has(code)) {
        // In both collections: one skill, hard, as the ICT collection (read first) has it.
        if (this.#skills.get(code)!.kind !== kind) continue;
        this.tally.skipped('skills', ESCO_REASONS.listedTwice);
      } else {
        this.#skills.set(code, {
          code,
          name,
          kind,
          // The first of the broader concepts it sits under, such as "social interaction".
          category: labels(field(row, columns, 'broaderConceptPT'), ' | ')[0] ?? null,
          description: field(row, columns, 'description'),
          aliases: labels(field(row, columns, 'altLabels'), ' | '),
          hot: false,
        });
      }
    }
  }

  async #readRelations(file: ImportFile): Promise<void> {
    for await (const { row, columns } of tableRows(file, 'csv', this.onProgress)) {
      const roleCode = field(row, columns, 'occupationUri');
      const skillCode = field(row, columns, 'skillUri');
      const type = field(row, columns, 'relationType').toLowerCase();
      if (!roleCode || !skillCode) {
        this.tally.skipped('requirements', ESCO_REASONS.noUri);
        continue;
      }
      if (type !== 'essential' && type !== 'optional') {
        this.tally.skipped('requirements', ESCO_REASONS.unknownRelation);
        continue;
      }
      const key = `${roleCode}\t${skillCode}`;
      const before = this.#requirements.get(key);
      if (before) {
        // Listed as both essential and optional: essential stands.
        if (type === 'essential') this.#requirements.set(key, { ...before, ...RELATION_REQUIREMENT[type] });
        this.tally.skipped('requirements', ESCO_REASONS.listedTwice);
        continue;
      }
      this.#requirements.set(key, { roleCode, skillCode, ...RELATION_REQUIREMENT[type] });
    }
  }
}
