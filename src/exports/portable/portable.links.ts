// The links of a document to import, checked before anything is written: every id a record names
// is a record of the document (or a skill or role of the catalogue the person sees), goals form a
// tree, and an entry that feeds a goal names one it can feed. Pure: the catalogue is read before.
import type { z } from 'zod';
import type { PortableImportBody } from '../../../shared/exports/portable.schema.ts';
import { IMPORTED_SECTIONS } from '../../../shared/exports/portable.sections.ts';
import { countRefusal, feedRefusal } from '../../goals/check-in.feed.ts';
import type { Issue } from '../../platform/http/errors.ts';

export type ImportDocument = z.output<typeof PortableImportBody>;

/** The catalogue's skills and roles the person sees, among the ids the document names outside itself. */
export interface SeenCatalogue {
  skills: ReadonlySet<string>;
  roles: ReadonlySet<string>;
}

const SECTIONS_WITH_IDS = [
  'catalogueSkills',
  'catalogueRoles',
  ...IMPORTED_SECTIONS,
  'mentorships',
  'feedbackRequests',
] as const satisfies readonly (keyof ImportDocument)[];

/** The skill ids the document names outside its `skills` and `catalogueSkills`: to look up in the catalogue. */
export function outsideSkillIds(doc: ImportDocument): string[] {
  const inside = new Set([...doc.skills, ...doc.catalogueSkills].map((s) => s.id));
  return [...new Set(skillRefs(doc).map((r) => r.id))].filter((id) => !inside.has(id));
}

/** The role ids targets name outside `roles` and `catalogueRoles`. */
export function outsideRoleIds(doc: ImportDocument): string[] {
  const inside = new Set([...doc.roles, ...doc.catalogueRoles].map((r) => r.id));
  return [...new Set(doc.targets.map((t) => t.roleId))].filter((id) => !inside.has(id));
}

/** Every skill id a record names, with where. */
function skillRefs(doc: ImportDocument): { id: string; path: string }[] {
  const refs: { id: string; path: string }[] = [];
  const list = (section: string, records: readonly { skillIds: readonly string[] }[]) =>
    records.forEach((r, i) => {
      r.skillIds.forEach((id, j) => {
        refs.push({ id, path: `${section}.${i}.skillIds.${j}` });
      });
    });
  doc.roles.forEach((r, i) => {
    r.requirements.forEach((q, j) => {
      refs.push({ id: q.skillId, path: `roles.${i}.requirements.${j}.skillId` });
    });
    r.technologies.forEach((q, j) => {
      refs.push({ id: q.skillId, path: `roles.${i}.technologies.${j}.skillId` });
    });
  });
  doc.assessments.forEach((a, i) => {
    refs.push({ id: a.skillId, path: `assessments.${i}.skillId` });
  });
  list('goals', doc.goals);
  list('learning', doc.learning);
  list('practice', doc.practice);
  list('content', doc.content);
  return refs;
}

/** Every broken link of the document, at the path of the field that holds it; none when it loads. */
export function brokenLinks(doc: ImportDocument, seen: SeenCatalogue): Issue[] {
  const issues: Issue[] = [];
  const broken = (path: string, message = 'names no record of this document') =>
    issues.push({ path, message });

  for (const section of SECTIONS_WITH_IDS) {
    const ids = new Set<string>();
    (doc[section] as readonly { id: string }[]).forEach((r, i) => {
      if (ids.has(r.id)) broken(`${section}.${i}.id`, 'is the id of an earlier record of this section');
      ids.add(r.id);
    });
  }
  const idsOf = (records: readonly { id: string }[]) => new Set(records.map((r) => r.id));
  const skills = new Set([...idsOf(doc.skills), ...idsOf(doc.catalogueSkills), ...seen.skills]);
  const roles = new Set([...idsOf(doc.roles), ...idsOf(doc.catalogueRoles), ...seen.roles]);
  const goals = new Map(doc.goals.map((g) => [g.id, g]));
  const entries = {
    learning: idsOf(doc.learningLog),
    practice: idsOf(doc.practice),
    interaction: idsOf(doc.interactions),
  };
  const activities = idsOf(doc.learning);
  const contacts = idsOf(doc.contacts);

  for (const ref of skillRefs(doc))
    if (!skills.has(ref.id)) broken(ref.path, 'names no skill of this document or of the catalogue');
  doc.targets.forEach((t, i) => {
    if (!roles.has(t.roleId))
      broken(`targets.${i}.roleId`, 'names no role of this document or of the catalogue');
  });
  doc.goals.forEach((g, i) => {
    if (g.parentId !== null && !goals.has(g.parentId)) broken(`goals.${i}.parentId`);
    else if (g.parentId !== null && ancestorsOf(g.id, goals) === null)
      broken(`goals.${i}.parentId`, 'makes a goal its own ancestor');
    if (g.stateSetBy !== null && !(ancestorsOf(g.id, goals) ?? []).includes(g.stateSetBy))
      broken(`goals.${i}.stateSetBy`, 'names no goal above this one');
  });
  doc.checkIns.forEach((c, i) => {
    if (!goals.has(c.goalId)) broken(`checkIns.${i}.goalId`);
    if (c.source && !entries[c.source.type].has(c.source.id)) broken(`checkIns.${i}.source.id`);
  });
  // An entry's goal must be one it can feed, as the API holds it when the entry is written.
  const feeding = (path: string, goalId: string | null, refusal: typeof feedRefusal) => {
    if (goalId === null) return;
    const goal = goals.get(goalId);
    if (!goal) return broken(path);
    const why = refusal(goal.metric);
    if (why) broken(path, why);
  };
  doc.learning.forEach((a, i) => {
    feeding(`learning.${i}.goalId`, a.goalId, feedRefusal);
  });
  doc.learningLog.forEach((e, i) => {
    if (!activities.has(e.activityId)) broken(`learningLog.${i}.activityId`);
  });
  doc.practice.forEach((p, i) => {
    feeding(`practice.${i}.goalId`, p.goalId, feedRefusal);
  });
  doc.interactions.forEach((r, i) => {
    r.contactIds.forEach((id, j) => {
      if (!contacts.has(id)) broken(`interactions.${i}.contactIds.${j}`);
    });
    feeding(`interactions.${i}.goalId`, r.goalId, countRefusal);
  });
  return issues;
}

/** The goals above `id`, nearest first; null when the walk comes back to a goal (a cycle). */
export function ancestorsOf(
  id: string,
  goals: ReadonlyMap<string, { parentId: string | null }>,
): string[] | null {
  const above: string[] = [];
  const met = new Set([id]);
  let parent = goals.get(id)?.parentId ?? null;
  while (parent !== null) {
    if (met.has(parent)) return null;
    met.add(parent);
    above.push(parent);
    parent = goals.get(parent)?.parentId ?? null;
  }
  return above;
}
