// Reads an O*NET database release (tab-separated text, or the Excel layout written as such) into
// what the catalogue imports. Files are recognised by their header row, never by their name:
//
//   O*NET-SOC Code, Title, Description               → roles (Occupation Data)
//   O*NET-SOC Code, Element ID, Scale ID, Data Value  → requirements from IM/LV pairs, and their
//                                                       elements as skills (Skills, Knowledge, Abilities)
//   O*NET-SOC Code, Example, Commodity Code,
//     Commodity Title, Hot Technology                → technologies, one hard skill per example
//   Element ID, Element Name, Description             → skills' categories and descriptions
//                                                       (Content Model Reference)
import { nameKey } from '../catalogue/rows.ts';
import {
  type CatalogueImport,
  type RequirementEntry,
  type RoleEntry,
  type SkillEntry,
  Tally,
  type TechnologyEntry,
} from './catalogue-import.ts';
import {
  columnsOf,
  field,
  hasColumns,
  headerOf,
  ImportError,
  type ImportFile,
  type Progress,
  tableRows,
} from './import-file.ts';
import { importanceOf, levelOf } from './ratings.ts';

type OnetKind = 'roles' | 'ratings' | 'technologies' | 'content model';

const SOC = 'O*NET-SOC Code';
const ROLE_COLUMNS = [SOC, 'Title', 'Description'];
const RATING_COLUMNS = [SOC, 'Element ID', 'Scale ID', 'Data Value'];
const TECHNOLOGY_COLUMNS = [SOC, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology'];
const CONTENT_MODEL_COLUMNS = ['Element ID', 'Element Name', 'Description'];

/** The reasons a record is skipped, in the words the summary shows. */
export const ONET_REASONS = {
  suppressed: 'suppressed (Recommend Suppress = Y)',
  notRelevant: 'not relevant (Not Relevant = Y)',
  incomplete: 'incomplete IM/LV pair',
  notANumber: 'rating is not a number',
  outOfRange: 'rating outside its scale',
  otherScale: 'rated on another scale than IM or LV',
  notASkill: 'not a skill, knowledge or ability element',
  noCode: 'no occupation code',
  noTitle: 'no title',
  listedTwice: 'listed twice',
  noExample: 'no example name',
  noIdOrName: 'no element id or name',
  noRatings: (file: string) => `no IM/LV ratings (${file})`,
  notSkills: (file: string) => `not skills, knowledge or abilities (${file})`,
} as const;

/** The kind of O*NET file a header row announces, or null for a file this import does not read. */
export function onetKindOf(header: readonly string[]): OnetKind | null {
  const columns = columnsOf(header);
  if (hasColumns(columns, RATING_COLUMNS)) return 'ratings';
  if (hasColumns(columns, TECHNOLOGY_COLUMNS)) return 'technologies';
  if (hasColumns(columns, ROLE_COLUMNS)) return 'roles';
  if (hasColumns(columns, CONTENT_MODEL_COLUMNS) && !columns.has(SOC)) return 'content model';
  return null;
}

/** Skills, Knowledge and Abilities: the branches of O*NET's content model whose elements are skills. */
const SKILL_BRANCHES = ['1.A.', '2.A.', '2.B.', '2.C.'];
const isSkillElement = (id: string) => SKILL_BRANCHES.some((b) => id.startsWith(b));
/** Knowledge, and the skills under 2.B.3 Technical Skills, are hard skills; the rest are soft. */
export const kindOfElement = (id: string): 'hard' | 'soft' =>
  id.startsWith('2.C.') || id.startsWith('2.B.3.') ? 'hard' : 'soft';
/** The element above: 2.B.3.e → 2.B.3. */
const parentOf = (id: string) => id.slice(0, Math.max(0, id.lastIndexOf('.')));

/** The code of the skill a technology example becomes: one per example, whatever its commodity. */
export const technologyCode = (example: string) => `technology:${nameKey(example)}`;

const stem = (name: string) => name.replace(/\.(txt|tsv|csv)$/i, '');
const yes = (value: string) => value.toUpperCase() === 'Y';

interface Rating {
  value: string;
  suppressed: boolean;
  notRelevant: boolean;
}
interface Pair {
  soc: string;
  element: string;
  im?: Rating;
  lv?: Rating;
}

/** Reads every file it recognises; throws an ImportError when it recognises none it imports from. */
export async function readOnet(
  files: readonly ImportFile[],
  onProgress?: (progress: Progress) => void,
): Promise<CatalogueImport> {
  const tally = new Tally();
  const kinds: { file: ImportFile; kind: OnetKind }[] = [];
  const unrecognised: string[] = [];
  for (const file of files) {
    const kind = onetKindOf(await headerOf(file, 'tsv'));
    if (kind) kinds.push({ file, kind });
    else unrecognised.push(file.name);
  }
  if (!kinds.some((k) => k.kind !== 'content model')) {
    throw new ImportError(
      'No O*NET file to import. O*NET files are recognised by their header row: Occupation Data ' +
        '(O*NET-SOC Code, Title, Description), a rating file such as Skills, Knowledge or Abilities ' +
        '(Element ID, Scale ID, Data Value), or Technology Skills (Example, Commodity Code, Commodity ' +
        'Title, Hot Technology).',
    );
  }
  const reader = new OnetReader(tally, onProgress);
  // The content model first, as the skills of the rating files take their categories from it.
  const order: OnetKind[] = ['content model', 'roles', 'ratings', 'technologies'];
  for (const kind of order) {
    for (const k of kinds.filter((k) => k.kind === kind)) await reader.read(k.file, kind);
  }
  for (const name of unrecognised) tally.files.push({ name, use: 'not recognised' });
  if (unrecognised.length > 0) tally.notes.push(`Not recognised, so not read: ${unrecognised.join(', ')}.`);
  if (reader.readRatings && !reader.hasContentModel) {
    tally.notes.push(
      'Content Model Reference was not among the files: new skills have no category, and skills ' +
        'imported before keep theirs.',
    );
  }
  return { source: 'onet', tally, ...reader.result() };
}

class OnetReader {
  readonly #roles: RoleEntry[] = [];
  readonly #roleCodes = new Set<string>();
  readonly #skills = new Map<string, SkillEntry>();
  readonly #requirements: RequirementEntry[] = [];
  readonly #technologies = new Map<string, TechnologyEntry>();
  readonly #contentModel = new Map<string, { name: string; description: string }>();
  hasContentModel = false;
  readRatings = false;

  constructor(
    private readonly tally: Tally,
    private readonly onProgress?: (progress: Progress) => void,
  ) {}

  result() {
    return {
      roles: this.#roles,
      skills: [...this.#skills.values()],
      requirements: this.#requirements,
      technologies: [...this.#technologies.values()],
    };
  }

  async read(file: ImportFile, kind: OnetKind): Promise<void> {
    if (kind === 'content model') return this.#readContentModel(file);
    if (kind === 'roles') return this.#readRoles(file);
    if (kind === 'ratings') return this.#readRatings(file);
    return this.#readTechnologies(file);
  }

  async #readContentModel(file: ImportFile): Promise<void> {
    this.hasContentModel = true;
    for await (const { row, columns } of tableRows(file, 'tsv', this.onProgress)) {
      const id = field(row, columns, 'Element ID');
      if (id) {
        this.#contentModel.set(id, {
          name: field(row, columns, 'Element Name'),
          description: field(row, columns, 'Description'),
        });
      }
    }
    this.tally.files.push({ name: file.name, use: 'skill categories and descriptions' });
  }

  async #readRoles(file: ImportFile): Promise<void> {
    for await (const { row, columns } of tableRows(file, 'tsv', this.onProgress)) {
      const code = field(row, columns, SOC);
      const title = field(row, columns, 'Title');
      if (!code) this.tally.skipped('roles', ONET_REASONS.noCode);
      else if (!title) this.tally.skipped('roles', ONET_REASONS.noTitle);
      else if (this.#roleCodes.has(code)) this.tally.skipped('roles', ONET_REASONS.listedTwice);
      else {
        this.#roleCodes.add(code);
        this.#roles.push({ code, title, description: field(row, columns, 'Description'), aliases: [] });
      }
    }
    this.tally.files.push({ name: file.name, use: 'roles' });
  }

  async #readRatings(file: ImportFile): Promise<void> {
    this.readRatings = true;
    const pairs = new Map<string, Pair>();
    let rows = 0;
    let otherScales = 0;
    for await (const { row, columns } of tableRows(file, 'tsv', this.onProgress)) {
      rows += 1;
      const scale = field(row, columns, 'Scale ID');
      if (scale !== 'IM' && scale !== 'LV') {
        otherScales += 1;
        continue;
      }
      const soc = field(row, columns, SOC);
      const element = field(row, columns, 'Element ID');
      const key = `${soc}\t${element}`;
      let pair = pairs.get(key);
      if (!pair) {
        pair = { soc, element };
        pairs.set(key, pair);
        this.#noteElement(element, field(row, columns, 'Element Name'));
      }
      const rating: Rating = {
        value: field(row, columns, 'Data Value'),
        suppressed: yes(field(row, columns, 'Recommend Suppress')),
        notRelevant: yes(field(row, columns, 'Not Relevant')),
      };
      // A second rating of the same pair and scale is a slip in the file: the first one stands.
      if (scale === 'IM') pair.im ??= rating;
      else pair.lv ??= rating;
    }

    const values = [...pairs.values()];
    const hasPairs = values.some((p) => p.im) && values.some((p) => p.lv);
    const skipFile = (reason: string, use: string, note: string) => {
      this.tally.skipped('requirements', reason, rows);
      this.tally.files.push({ name: file.name, use });
      this.tally.notes.push(note);
    };
    if (!hasPairs) {
      return skipFile(
        ONET_REASONS.noRatings(stem(file.name)),
        'skipped: no IM/LV ratings',
        `${file.name} was skipped: it has no importance (IM) and level (LV) ratings to read requirements from.`,
      );
    }
    if (!values.some((p) => isSkillElement(p.element))) {
      return skipFile(
        ONET_REASONS.notSkills(stem(file.name)),
        'skipped: not skills, knowledge or abilities',
        `${file.name} was skipped: its elements are not skills, knowledge or abilities.`,
      );
    }
    this.tally.skipped('requirements', ONET_REASONS.otherScale, otherScales);
    for (const pair of values) {
      const requirement = this.#requirementOf(pair);
      if (typeof requirement === 'string') this.tally.skipped('requirements', requirement);
      else this.#requirements.push(requirement);
    }
    this.tally.files.push({ name: file.name, use: 'requirements and their skills' });
  }

  /** The element becomes a skill (once, whichever file names it first). */
  #noteElement(id: string, name: string): void {
    if (!isSkillElement(id) || this.#skills.has(id)) return;
    if (!name) return;
    const model = this.hasContentModel ? this.#contentModel : null;
    this.#skills.set(id, {
      code: id,
      name,
      kind: kindOfElement(id),
      category: model ? (model.get(parentOf(id))?.name ?? null) : undefined,
      description: model?.get(id)?.description,
      aliases: [],
      hot: false,
    });
  }

  /** The pair's requirement, or the reason it is skipped. */
  #requirementOf({ soc, element, im, lv }: Pair): RequirementEntry | string {
    if (!soc) return ONET_REASONS.noCode;
    if (!element || !this.#skills.has(element)) {
      return isSkillElement(element) ? ONET_REASONS.noIdOrName : ONET_REASONS.notASkill;
    }
    if (!im || !lv) return ONET_REASONS.incomplete;
    if (im.suppressed || lv.suppressed) return ONET_REASONS.suppressed;
    if (im.notRelevant || lv.notRelevant) return ONET_REASONS.notRelevant;
    const importance = importanceOf(im.value);
    const level = levelOf(lv.value);
    if (importance === null || level === null) {
      const numbers = [im.value, lv.value].every((v) => v !== '' && Number.isFinite(Number(v)));
      return numbers ? ONET_REASONS.outOfRange : ONET_REASONS.notANumber;
    }
    return { roleCode: soc, skillCode: element, importance, level };
  }

  async #readTechnologies(file: ImportFile): Promise<void> {
    for await (const { row, columns } of tableRows(file, 'tsv', this.onProgress)) {
      const soc = field(row, columns, SOC);
      const example = field(row, columns, 'Example').replace(/\s+/g, ' ');
      if (!example) {
        this.tally.skipped('technologies', ONET_REASONS.noExample);
        continue;
      }
      const hot = yes(field(row, columns, 'Hot Technology'));
      const code = technologyCode(example);
      const skill = this.#skills.get(code);
      if (skill) skill.hot ||= hot;
      else {
        const category = field(row, columns, 'Commodity Title');
        this.#skills.set(code, {
          code,
          name: example,
          kind: 'hard',
          category: category || null,
          description: undefined,
          aliases: [],
          hot,
        });
      }
      if (!soc) {
        this.tally.skipped('technologies', ONET_REASONS.noCode);
        continue;
      }
      // The same example twice for one occupation (under two commodities) is one technology.
      const key = `${soc}\t${code}`;
      const technology = this.#technologies.get(key);
      if (technology) technology.hot ||= hot;
      else this.#technologies.set(key, { roleCode: soc, skillCode: code, hot });
    }
    this.tally.files.push({ name: file.name, use: 'technologies and their skills' });
  }
}
