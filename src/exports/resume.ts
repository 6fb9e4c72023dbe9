// The person's JSON Resume, from what Trellis knows: her name and e-mail, the skills she assessed
// herself on, the credentials she earned, her degrees and the practice she can show evidence of.
import {
  JSON_RESUME_SCHEMA,
  type JsonResume,
  type ResumeCertificate,
  type ResumeEducation,
  type ResumeProject,
  type ResumeSkill,
} from '../../shared/exports/resume.schema.ts';
import { levelName } from '../../shared/skills/levels.ts';
import { type ActivityRow, LearningRepository } from '../learning/learning.repository.ts';
import type { OwnerScope } from '../platform/access/access.ts';
import type { RequestContext } from '../platform/http/request-context.ts';
import { PracticeRepository, type PracticeRow } from '../practice/practice.repository.ts';
import { AssessmentRepository } from '../skills/assessment.repository.ts';
import { pointOf } from '../skills/assessment.service.ts';
import { aliasesOf } from '../skills/catalogue/rows.ts';
import { skillsOf } from '../skills/catalogue.repository.ts';
import { standings } from '../skills/domain/levels.ts';
import { compareByName } from '../skills/domain/search.ts';

// JSON Resume's dates start with a year 1000–2999; any other (which the app's calendar allows) is
// left out rather than making the document invalid.
const dateOf = (date: string | null): string | undefined =>
  date !== null && /^[12]\d{3}-/.test(date) ? date : undefined;

/** Text that is there: JSON Resume has no nulls, and an empty string says nothing. */
const textOf = (text: string | null): string | undefined => (text ? text : undefined);

/** Newest first by a date, those without one last, then by title for a steady order. */
const newestFirst =
  <T>(dateOf: (x: T) => string | null, titleOf: (x: T) => string) =>
  (a: T, b: T) => {
    const da = dateOf(a) ?? '';
    const db = dateOf(b) ?? '';
    return da !== db ? (da < db ? 1 : -1) : titleOf(a).localeCompare(titleOf(b));
  };

/** Each skill the person assessed herself on, by name, at her latest self-assessed level. */
async function skillsOfPerson(scope: OwnerScope): Promise<ResumeSkill[]> {
  const byId = standings((await new AssessmentRepository(scope).assessments()).map(pointOf));
  const assessed = [...byId].filter(([, s]) => s.current !== null).map(([id]) => id);
  const skills = await skillsOf(scope, assessed);
  return skills.sort(compareByName).map((skill) => ({
    name: skill.name,
    level: levelName(byId.get(skill.id)!.current!),
    keywords: aliasesOf(skill.aliases),
  }));
}

const certificateOf = (a: ActivityRow): ResumeCertificate => ({
  name: a.title,
  issuer: textOf(a.provider),
  date: dateOf(a.credential_issued_on),
  url: textOf(a.credential_url),
});

const educationOf = (a: ActivityRow): ResumeEducation => ({
  institution: textOf(a.provider),
  area: a.title,
  startDate: dateOf(a.start_date),
  endDate: dateOf(a.end_date),
});

const projectOf = (p: PracticeRow & { evidence_url: string }): ResumeProject => ({
  name: p.title,
  description: textOf(p.description),
  url: p.evidence_url,
  startDate: dateOf(p.date),
});

/**
 * The person's JSON Resume: four queries (assessments, their skills, activities, practice). A
 * degree planned or dropped is not one she holds or studies for, so only those in progress or
 * completed are education; a credential counts once issued, whatever became of the activity.
 */
export async function resumeOf(ctx: RequestContext): Promise<JsonResume> {
  const [skills, activities, practice] = await Promise.all([
    skillsOfPerson(ctx.scope),
    new LearningRepository(ctx.scope).list({}),
    new PracticeRepository(ctx.scope).list({}),
  ]);
  const certified = activities.filter((a) => a.credential_issued_on !== null);
  const degrees = activities.filter(
    (a) => a.kind === 'degree' && (a.status === 'in_progress' || a.status === 'completed'),
  );
  const shown = practice.filter((p): p is PracticeRow & { evidence_url: string } => p.evidence_url !== null);
  return {
    $schema: JSON_RESUME_SCHEMA,
    basics: { name: ctx.actor.name, email: ctx.actor.email },
    skills,
    certificates: certified
      .sort(
        newestFirst(
          (a) => a.credential_issued_on,
          (a) => a.title,
        ),
      )
      .map(certificateOf),
    education: degrees
      .sort(
        newestFirst(
          (a) => a.start_date,
          (a) => a.title,
        ),
      )
      .map(educationOf),
    // The log's own order: the newest date first.
    projects: shown.map(projectOf),
  };
}
