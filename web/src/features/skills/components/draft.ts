// A role being written: from a job posting's draft or an existing role of one's own, edited row by
// row (level, importance, removed, added by search) before it is saved. Pure: a reducer and the
// conversions in and out, unit-tested without a browser.
import type { DraftRequirement, Role, SkillRef } from '@shared/skills/skill.schema.ts';
import type { PostingSection } from './labels.ts';

export interface DraftRow {
  skill: SkillRef;
  level: number;
  importance: number;
  /** Where the posting named it; null for a skill the person added. */
  section: PostingSection | null;
  /** The posting's line it was found on; null for a skill the person added. */
  evidence: string | null;
}

export interface RoleDraft {
  title: string;
  description: string;
  rows: DraftRow[];
  /** The row removed last and where it stood, so it can be put back. */
  removed: { row: DraftRow; index: number } | null;
}

export type DraftAction =
  | { type: 'title'; title: string }
  | { type: 'description'; description: string }
  | { type: 'level'; skillId: string; level: number }
  | { type: 'importance'; skillId: string; importance: number }
  | { type: 'remove'; skillId: string }
  | { type: 'undo-remove' }
  | { type: 'add'; skill: SkillRef }
  | { type: 'replace'; draft: RoleDraft };

/** A skill added by hand starts as the posting reader's "mentioned": competent, important. */
export const ADDED_LEVEL = 3;
export const ADDED_IMPORTANCE = 3;

/** The draft after one edit; the same object when the edit changes nothing. */
export function draftReducer(draft: RoleDraft, action: DraftAction): RoleDraft {
  switch (action.type) {
    case 'title':
      return { ...draft, title: action.title };
    case 'description':
      return { ...draft, description: action.description };
    case 'level':
      return mapRow(draft, action.skillId, (row) => ({ ...row, level: action.level }));
    case 'importance':
      return mapRow(draft, action.skillId, (row) => ({ ...row, importance: action.importance }));
    case 'remove': {
      const index = draft.rows.findIndex((r) => r.skill.id === action.skillId);
      if (index === -1) return draft;
      return {
        ...draft,
        rows: draft.rows.filter((_, i) => i !== index),
        removed: { row: draft.rows[index]!, index },
      };
    }
    case 'undo-remove': {
      const removed = draft.removed;
      if (!removed || draft.rows.some((r) => r.skill.id === removed.row.skill.id)) return draft;
      const rows = [...draft.rows];
      rows.splice(Math.min(removed.index, rows.length), 0, removed.row);
      return { ...draft, rows, removed: null };
    }
    case 'add':
      // A role requires each skill once: adding one already listed changes nothing.
      if (draft.rows.some((r) => r.skill.id === action.skill.id)) return draft;
      return {
        ...draft,
        rows: [
          ...draft.rows,
          {
            skill: action.skill,
            level: ADDED_LEVEL,
            importance: ADDED_IMPORTANCE,
            section: null,
            evidence: null,
          },
        ],
      };
    case 'replace':
      return action.draft;
  }
}

function mapRow(draft: RoleDraft, skillId: string, change: (row: DraftRow) => DraftRow): RoleDraft {
  if (!draft.rows.some((r) => r.skill.id === skillId)) return draft;
  return { ...draft, rows: draft.rows.map((r) => (r.skill.id === skillId ? change(r) : r)) };
}

/** The draft of a job posting as the API read it: its rows in its order (required first). */
export function draftFromPosting(posting: {
  title: string;
  requirements: readonly DraftRequirement[];
}): RoleDraft {
  return {
    title: posting.title,
    description: '',
    rows: posting.requirements.map((r) => ({
      skill: r.skill,
      level: r.level,
      importance: r.importance,
      section: r.section,
      evidence: r.evidence,
    })),
    removed: null,
  };
}

/** A saved role, to edit. */
export function draftFromRole(role: Pick<Role, 'title' | 'description' | 'requirements'>): RoleDraft {
  return {
    title: role.title,
    description: role.description,
    rows: role.requirements.map((r) => ({
      skill: r.skill,
      level: r.level,
      importance: r.importance,
      section: null,
      evidence: null,
    })),
    removed: null,
  };
}

/** The body that saves the draft: title, description when there is one, and the requirements in order. */
export function roleBodyOf(draft: RoleDraft) {
  return {
    title: draft.title,
    ...(draft.description.trim() ? { description: draft.description } : {}),
    requirements: draft.rows.map((r) => ({ skillId: r.skill.id, level: r.level, importance: r.importance })),
  };
}

/** "6 skills: 5 required, 1 nice to have", counted by section in the posting's order of sections. */
export function foundSummary(rows: readonly DraftRow[]): string {
  const count = (section: PostingSection) => rows.filter((r) => r.section === section).length;
  const parts = [
    [count('required'), 'required'],
    [count('mentioned'), 'mentioned'],
    [count('preferred'), 'nice to have'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, words]) => `${n} ${words}`);
  const total = `${rows.length} ${rows.length === 1 ? 'skill' : 'skills'}`;
  return parts.length > 0 ? `${total}: ${parts.join(', ')}` : total;
}
