// What an import brings, read from its files and not yet written: roles, skills, what each role
// requires and the technologies it uses, each named by its code in the source; and the tally of
// what happened to every record, which becomes the summary the CLI prints and the API answers.
import type { ImportCount, ImportSummary } from '../../../shared/skills/skill.schema.ts';

export type ImportSource = 'onet' | 'esco';

export interface RoleEntry {
  /** The O*NET-SOC code or the ESCO URI. */
  code: string;
  title: string;
  description: string;
  aliases: string[];
}

export interface SkillEntry {
  /** The O*NET element id, `technology:<name key>` for an O*NET technology example, or the ESCO URI. */
  code: string;
  name: string;
  kind: 'hard' | 'soft';
  /** undefined: the files do not say (an earlier import's category is kept). */
  category: string | null | undefined;
  /** undefined: the files do not say (an earlier import's description is kept). */
  description: string | undefined;
  aliases: string[];
  hot: boolean;
}

export interface RequirementEntry {
  roleCode: string;
  skillCode: string;
  level: number;
  importance: number;
}

export interface TechnologyEntry {
  roleCode: string;
  skillCode: string;
  hot: boolean;
}

export type RecordKind = 'roles' | 'skills' | 'requirements' | 'technologies';
export const RECORD_KINDS: readonly RecordKind[] = ['roles', 'skills', 'requirements', 'technologies'];

/** What happened to every record of every kind, and what the person should know. */
export class Tally {
  readonly #counts = Object.fromEntries(
    RECORD_KINDS.map((k) => [k, { added: 0, updated: 0, skipped: 0, reasons: {} }]),
  ) as Record<RecordKind, ImportCount>;
  readonly files: { name: string; use: string }[] = [];
  readonly notes: string[] = [];

  added(kind: RecordKind, n = 1): void {
    this.#counts[kind].added += n;
  }

  updated(kind: RecordKind, n = 1): void {
    this.#counts[kind].updated += n;
  }

  skipped(kind: RecordKind, reason: string, n = 1): void {
    if (n === 0) return;
    const count = this.#counts[kind];
    count.skipped += n;
    count.reasons[reason] = (count.reasons[reason] ?? 0) + n;
  }

  summary(): ImportSummary {
    const copy = (c: ImportCount): ImportCount => ({ ...c, reasons: { ...c.reasons } });
    return {
      roles: copy(this.#counts.roles),
      skills: copy(this.#counts.skills),
      requirements: copy(this.#counts.requirements),
      technologies: copy(this.#counts.technologies),
      files: this.files.map((f) => ({ ...f })),
      notes: [...this.notes],
    };
  }
}

/** Everything one import read from its files, ready to be written in one transaction. */
export interface CatalogueImport {
  source: ImportSource;
  roles: RoleEntry[];
  skills: SkillEntry[];
  requirements: RequirementEntry[];
  technologies: TechnologyEntry[];
  /** Records already skipped while reading, the files read and the notes so far. */
  tally: Tally;
}
