// Words for the skills capability's values, in one place so every skill screen names things alike.
// Types only from skill.schema.ts: its values would bring zod into pages without forms.
import { formatPercent } from '@shared/numbers.ts';
import { IMPORTANCE_NAMES, LEVEL_MAX, LEVEL_MIN, LEVELS, levelName } from '@shared/skills/levels.ts';
import type {
  ASSESSMENT_SOURCES,
  POSTING_SECTIONS,
  SKILL_KINDS,
  SKILL_SOURCES,
  SkillRef,
  Views,
} from '@shared/skills/skill.schema.ts';

export type SkillSource = (typeof SKILL_SOURCES)[number];
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];
export type PostingSection = (typeof POSTING_SECTIONS)[number];
export type SkillKind = (typeof SKILL_KINDS)[number];

/** A level as every screen writes it: its number and its name, "3 · competent". */
export function levelLabel(level: number): string {
  return `${level} · ${levelName(level)}`;
}

/** An importance as written beside a requirement: "4 · very important". */
export function importanceLabel(importance: number): string {
  return `${importance} · ${IMPORTANCE_NAMES[importance] ?? ''}`.trim();
}

/** The choices of a level select, 0 to 5, with their names. */
export const LEVEL_OPTIONS: readonly (readonly [string, string])[] = LEVELS.map((l) => [
  String(l.level),
  levelLabel(l.level),
]);

/** The choices of an importance select, 1 to 5, with their words. */
export const IMPORTANCE_OPTIONS: readonly (readonly [string, string])[] = [1, 2, 3, 4, 5].map((i) => [
  String(i),
  importanceLabel(i),
]);

export const SOURCE_LABELS: Record<SkillSource, string> = {
  builtin: 'Built in',
  onet: 'O*NET',
  esco: 'ESCO',
  custom: 'My own',
};

export const ASSESSOR_LABELS: Record<AssessmentSource, string> = {
  self: 'Self',
  mentor: 'Mentor',
  manager: 'Manager',
  peer: 'Peer',
};

export const SECTION_LABELS: Record<PostingSection, string> = {
  required: 'Required',
  mentioned: 'Mentioned',
  preferred: 'Nice to have',
};

export const KIND_LABELS: Record<SkillKind, string> = { hard: 'Hard skill', soft: 'Soft skill' };

/** "Hard skill · Programming languages": what a skill is, under its name. */
export function skillDetail(skill: Pick<SkillRef, 'kind' | 'category'>): string {
  return [KIND_LABELS[skill.kind], skill.category].filter(Boolean).join(' · ');
}

/** Others' latest views, in a fixed order, leaving out those who gave none. */
export function viewsOf(views: Views): { source: Exclude<AssessmentSource, 'self'>; level: number }[] {
  return (['mentor', 'manager', 'peer'] as const).flatMap((source) =>
    views[source] === null ? [] : [{ source, level: views[source] }],
  );
}

/** "Mentor: 2 · novice; peer: 3 · competent", or null when nobody else gave a view. */
export function viewsText(views: Views): string | null {
  const given = viewsOf(views);
  if (given.length === 0) return null;
  return given
    .map(
      (v, i) =>
        `${i === 0 ? ASSESSOR_LABELS[v.source] : ASSESSOR_LABELS[v.source].toLowerCase()}: ${levelLabel(v.level)}`,
    )
    .join('; ');
}

/**
 * Readiness as a whole percentage ("43%"), the shared rounding of every percentage, except that it
 * never claims 100% before every requirement is met, nor 0% once something is: 0.996 is "99%".
 */
export function readinessPercent(share: number): string {
  if (!Number.isFinite(share)) return '0%';
  const clamped = Math.min(1, Math.max(0, share));
  if (clamped < 1 && clamped >= 0.995) return '99%';
  if (clamped > 0 && clamped < 0.005) return '1%';
  return formatPercent(clamped);
}

/** A level clamped into 0–5, for drawing. */
export function clampLevel(level: number): number {
  return Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, level));
}
