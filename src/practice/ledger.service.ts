import type { LedgerRow } from '../../shared/practice/ledger.schema.ts';
import { LearningRepository } from '../learning/learning.repository.ts';
import { notFound } from '../platform/http/errors.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { CatalogueRepository, type SkillRow } from '../skills/catalogue.repository.ts';
import { compareByName } from '../skills/domain/search.ts';
import { skillRef } from '../skills/skill.presenter.ts';
import { type LedgerFigures, type LedgerInput, ledgerRow, ledgerRows } from './domain/ledger.ts';
import { readContentMinutes } from './ledger.content.ts';
import { PracticeRepository } from './practice.repository.ts';

/** The knowledge-vs-practice ledger of one person, as of a date. */
export class LedgerService {
  constructor(private readonly ctx: RequestContext) {}

  /** One row per skill with learning, practice, content or a credential up to `asOf`, by name. */
  async ledger(asOf = this.ctx.today()): Promise<{ asOf: string; items: LedgerRow[] }> {
    const data = await this.read(asOf);
    const ids = new Set([
      ...data.learning.map((m) => m.skillId),
      ...data.practice.map((m) => m.skillId),
      ...data.credentials.map((c) => c.skillId),
      ...data.content.keys(),
    ]);
    const skills = await new CatalogueRepository(this.ctx.scope).findSkills([...ids]);
    const byId = new Map(skills.map((s) => [s.id, s]));
    const rows = ledgerRows({ ...data, skills: new Map(skills.map((s) => [s.id, s.name])) });
    const items = rows.map((row) => present(row, byId.get(row.skillId)!));
    return { asOf, items: items.sort((a, b) => compareByName(a.skill, b.skill)) };
  }

  /** The row of one skill the person sees; zeros when nothing is logged on it. */
  async skillRow(skillId: string, asOf = this.ctx.today()): Promise<LedgerRow> {
    const skill = await new CatalogueRepository(this.ctx.scope).findSkill(skillId);
    if (!skill) throw notFound('skill');
    const data = await this.read(asOf, skillId);
    return present(ledgerRow({ ...data, skills: new Map([[skill.id, skill.name]]) }, skillId), skill);
  }

  /** Everything the ledger counts, up to `asOf`, aggregated per skill and date in SQL. */
  private async read(asOf: string, skillId?: string): Promise<Omit<LedgerInput, 'skills'>> {
    const scope = this.ctx.scope;
    const learning = new LearningRepository(scope);
    const [learned, practised, credentials, content] = await Promise.all([
      learning.minutesBySkill(asOf, skillId),
      new PracticeRepository(scope).minutesBySkill(asOf, skillId),
      learning.credentialsBySkill(asOf, skillId),
      readContentMinutes(scope, asOf, skillId),
    ]);
    return { asOf, learning: learned, practice: practised, credentials, content };
  }
}

const present = ({ skillId: _id, ...figures }: LedgerFigures, skill: SkillRow): LedgerRow => ({
  skill: skillRef(skill),
  ...figures,
});
