// What a report says about skills: how many self-assessments the person made in a span, and her own
// level of each skill at the start and the end of the period, by the skills capability's standings.
import { addDays } from '../../shared/calendar.ts';
import type { ReportSeries, ReportSkill } from '../../shared/reports/report.schema.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import { AssessmentReader, type AssessmentRow } from '../skills/assessment.repository.ts';
import { pointOf } from '../skills/assessment.service.ts';
import { CatalogueRepository } from '../skills/catalogue.repository.ts';
import { standings } from '../skills/domain/levels.ts';
import { compareByName } from '../skills/domain/search.ts';
import { skillRef } from '../skills/skill.presenter.ts';
import type { DateSpan } from './domain/period.ts';

export interface ReportSkills {
  /** Self-assessments dated within the span, and within the previous one. */
  assessments: { value: number; previous: number };
  /** Skills whose own level at the period's end differs from at its start. */
  moved: ReportSkill[];
  /** Every skill she assessed herself on by the period's end: her level at its start and end. */
  series: ReportSeries['skills'];
}

/** Her own (self) level of each skill as of the end of `asOf`. */
function levelsAsOf(own: readonly AssessmentRow[], asOf: string): Map<string, number | null> {
  const upTo = own.filter((a) => a.date <= asOf).map(pointOf);
  return new Map([...standings(upTo)].map(([id, s]) => [id, s.current]));
}

/** Reads her assessments (one query) and the skills they name (one more). */
export async function reportSkills(
  scope: OwnerScope,
  period: DateSpan,
  previous: DateSpan,
): Promise<ReportSkills> {
  const all = await new AssessmentReader(scope).assessments();
  const own = all.filter((a) => a.source === 'self');
  const within = (span: DateSpan) => own.filter((a) => a.date >= span.from && a.date <= span.to).length;
  const atStart = levelsAsOf(own, addDays(period.from, -1));
  const atEnd = levelsAsOf(own, period.to);
  const skills = (await new CatalogueRepository(scope).findSkills([...atEnd.keys()])).sort(compareByName);
  const series = skills.map((s) => ({
    skill: skillRef(s),
    from: atStart.get(s.id) ?? null,
    to: atEnd.get(s.id) ?? null,
  }));
  const moved = series.flatMap(({ skill, from, to }) =>
    to !== null && to !== from ? [{ skill, from, to }] : [],
  );
  return { assessments: { value: within(period), previous: within(previous) }, moved, series };
}
