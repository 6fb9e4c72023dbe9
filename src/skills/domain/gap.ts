// The gap between a person's levels and a role's requirements, and how ready they are for it.

export interface Requirement<S> {
  skill: S;
  level: number;
  importance: number;
}

export interface GapLine<S> {
  skill: S;
  required: number;
  importance: number;
  current: number;
  gap: number;
  priority: number;
}

/**
 * One line per requirement: `current` is the person's level (0 when never self-assessed), `gap` =
 * max(0, required − current), `priority` = importance × gap; highest priority first, then
 * importance, then name.
 */
export function gapLines<S extends { id: string; name: string }>(
  requirements: readonly Requirement<S>[],
  levelOf: (skillId: string) => number | null,
): GapLine<S>[] {
  const lines = requirements.map((r) => {
    const current = levelOf(r.skill.id) ?? 0;
    const gap = Math.max(0, r.level - current);
    return {
      skill: r.skill,
      required: r.level,
      importance: r.importance,
      current,
      gap,
      priority: r.importance * gap,
    };
  });
  const byName = new Intl.Collator('en-US', { sensitivity: 'base', numeric: true });
  return lines.sort(
    (a, b) =>
      b.priority - a.priority ||
      b.importance - a.importance ||
      byName.compare(a.skill.name, b.skill.name) ||
      (a.skill.id < b.skill.id ? -1 : 1),
  );
}

/**
 * Σ importance·min(current, required) / Σ importance·required: the share of the role's weighted
 * requirements met. A role that requires nothing (every level 0, or no requirements) is met: 1.
 */
export function readiness(
  lines: readonly Pick<GapLine<unknown>, 'required' | 'importance' | 'current'>[],
): number {
  let met = 0;
  let asked = 0;
  for (const line of lines) {
    met += line.importance * Math.min(line.current, line.required);
    asked += line.importance * line.required;
  }
  return asked === 0 ? 1 : met / asked;
}
