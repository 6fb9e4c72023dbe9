// The skills chart of a report: each assessed skill's own level at the period's start against its
// end, drawn by the skills capability's radar (or its bars, under three skills).
import type { ReportSeries } from '@shared/reports/report.schema.ts';
import { LEVEL_MAX } from '@shared/skills/levels.ts';
import type { ChartLine } from '../../../skills/components/chart/radarModel.ts';

export type SeriesSkill = ReportSeries['skills'][number];

/**
 * The skills as the radar's lines. The radar draws two shapes: `required` as a dashed outline with
 * squares, `current` as a filled shape with dots; here the first is the level at the start and the
 * second the level now. A level not assessed yet is drawn at 0 (the table says "not assessed").
 */
export function skillLines(skills: readonly SeriesSkill[]): ChartLine[] {
  return skills.map((s) => ({
    skillId: s.skill.id,
    name: s.skill.name,
    required: s.from ?? 0,
    current: s.to ?? 0,
  }));
}

/** "Go 2 → 3", "Rust new at 2" (not assessed at the start), "SQL 3 → not assessed". */
function move(s: SeriesSkill): string {
  if (s.from === null)
    return s.to === null ? `${s.skill.name} not assessed` : `${s.skill.name} new at ${s.to}`;
  return `${s.skill.name} ${s.from} → ${s.to ?? 'not assessed'}`;
}

/**
 * The chart in a few sentences: how many skills, which rose and which fell (with their levels),
 * and how many stayed where they were.
 */
export function skillsText(skills: readonly SeriesSkill[]): string {
  if (skills.length === 0) return 'No skills assessed yet.';
  const rose = skills.filter((s) => s.to !== null && (s.from === null || s.to > s.from));
  const fell = skills.filter((s) => s.from !== null && (s.to === null || s.to < s.from));
  const same = skills.length - rose.length - fell.length;
  const count = skills.length === 1 ? '1 skill' : `${skills.length} skills`;
  const parts = [
    `${count} you assessed, on a scale of 0 to ${LEVEL_MAX}, at the start and the end of the period.`,
  ];
  if (rose.length > 0) parts.push(`Rose: ${rose.map(move).join('; ')}.`);
  if (fell.length > 0) parts.push(`Fell: ${fell.map(move).join('; ')}.`);
  if (rose.length === 0 && fell.length === 0) parts.push('None moved.');
  else if (same > 0) parts.push(`${same} unchanged.`);
  return parts.join(' ');
}
