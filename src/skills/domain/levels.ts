// Where a person stands on each skill, from their assessments: their own latest level, and the
// latest level each kind of other assessor gave.

export interface AssessmentPoint {
  skillId: string;
  level: number;
  source: 'self' | 'mentor' | 'manager' | 'peer';
  date: string;
  createdAt: string;
}

export interface Standing {
  /** The latest self-assessed level, or null when the person never assessed themselves. */
  current: number | null;
  views: { mentor: number | null; manager: number | null; peer: number | null };
  /** The date of the latest assessment of any source. */
  lastAssessedOn: string;
}

/** True when `a` is later than `b`: by date, then, on the same date, the one recorded last. */
const later = (a: AssessmentPoint, b: AssessmentPoint) =>
  a.date !== b.date ? a.date > b.date : a.createdAt > b.createdAt;

/**
 * Each assessed skill's standing, by skill id. Assessments come in the order they were recorded
 * (ids are time-ordered), so of two with the same date and time the later one given wins.
 */
export function standings(assessments: readonly AssessmentPoint[]): Map<string, Standing> {
  const latest = new Map<string, Partial<Record<AssessmentPoint['source'], AssessmentPoint>>>();
  const lastOn = new Map<string, string>();
  for (const a of assessments) {
    const bySource = latest.get(a.skillId) ?? {};
    const seen = bySource[a.source];
    if (!seen || !later(seen, a)) bySource[a.source] = a;
    latest.set(a.skillId, bySource);
    const on = lastOn.get(a.skillId);
    if (on === undefined || a.date > on) lastOn.set(a.skillId, a.date);
  }
  const out = new Map<string, Standing>();
  for (const [skillId, bySource] of latest) {
    out.set(skillId, {
      current: bySource.self?.level ?? null,
      views: {
        mentor: bySource.mentor?.level ?? null,
        manager: bySource.manager?.level ?? null,
        peer: bySource.peer?.level ?? null,
      },
      lastAssessedOn: lastOn.get(skillId)!,
    });
  }
  return out;
}
