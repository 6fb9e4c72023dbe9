import type { DraftRequirement, SkillRef } from '@shared/skills/skill.schema.ts';
import { describe, expect, it } from 'vitest';
import {
  ADDED_IMPORTANCE,
  ADDED_LEVEL,
  draftFromPosting,
  draftFromRole,
  draftReducer,
  foundSummary,
  type RoleDraft,
  roleBodyOf,
} from './draft.ts';

const skill = (name: string): SkillRef => ({
  id: name.toLowerCase(),
  name,
  kind: 'hard',
  category: 'Programming languages',
});
const found = (name: string, section: DraftRequirement['section'], level: number, importance: number) => ({
  skill: skill(name),
  level,
  importance,
  section,
  evidence: `- ${name}`,
});

// A posting with three skills: two required (TypeScript asked at 4 for "5+ years"), one nice to have.
const posting = draftFromPosting({
  title: 'Senior Platform Engineer',
  requirements: [
    found('TypeScript', 'required', 4, 4),
    found('React', 'required', 3, 4),
    found('Go', 'preferred', 2, 2),
  ],
});

describe('draftFromPosting', () => {
  it('keeps the posting’s rows in order, with their sections and evidence, and no description', () => {
    expect(posting.title).toBe('Senior Platform Engineer');
    expect(posting.description).toBe('');
    expect(posting.rows.map((r) => [r.skill.name, r.section, r.level, r.importance])).toEqual([
      ['TypeScript', 'required', 4, 4],
      ['React', 'required', 3, 4],
      ['Go', 'preferred', 2, 2],
    ]);
    expect(posting.rows[0]!.evidence).toBe('- TypeScript');
  });
});

describe('draftReducer', () => {
  it('changes one row’s level or importance and leaves the others', () => {
    const edited = draftReducer(draftReducer(posting, { type: 'level', skillId: 'react', level: 2 }), {
      type: 'importance',
      skillId: 'go',
      importance: 1,
    });
    expect(edited.rows.map((r) => [r.level, r.importance])).toEqual([
      [4, 4],
      [2, 4],
      [2, 1],
    ]);
    expect(posting.rows[1]!.level).toBe(3); // the draft before is untouched
  });

  it('removes a row, and puts it back where it stood', () => {
    const removed = draftReducer(posting, { type: 'remove', skillId: 'react' });
    expect(removed.rows.map((r) => r.skill.name)).toEqual(['TypeScript', 'Go']);
    const restored = draftReducer(removed, { type: 'undo-remove' });
    expect(restored.rows.map((r) => r.skill.name)).toEqual(['TypeScript', 'React', 'Go']);
    expect(restored.removed).toBeNull();
  });

  it('adds a skill at the end as "added by you", competent and important, and only once', () => {
    const added = draftReducer(posting, { type: 'add', skill: skill('Kubernetes') });
    expect(added.rows.at(-1)).toEqual({
      skill: skill('Kubernetes'),
      level: ADDED_LEVEL,
      importance: ADDED_IMPORTANCE,
      section: null,
      evidence: null,
    });
    expect([ADDED_LEVEL, ADDED_IMPORTANCE]).toEqual([3, 3]);
    expect(draftReducer(added, { type: 'add', skill: skill('Kubernetes') })).toBe(added);
    expect(draftReducer(posting, { type: 'add', skill: skill('TypeScript') })).toBe(posting);
  });

  it('changes nothing for a skill that is not in the draft', () => {
    expect(draftReducer(posting, { type: 'level', skillId: 'cobol', level: 5 })).toBe(posting);
    expect(draftReducer(posting, { type: 'remove', skillId: 'cobol' })).toBe(posting);
    expect(draftReducer(posting, { type: 'undo-remove' })).toBe(posting);
  });

  it('does not undo a removal once the skill was added again', () => {
    const removed = draftReducer(posting, { type: 'remove', skillId: 'go' });
    const readded = draftReducer(removed, { type: 'add', skill: skill('Go') });
    expect(draftReducer(readded, { type: 'undo-remove' })).toBe(readded);
  });
});

describe('roleBodyOf', () => {
  it('sends the title, the requirements in order, and a description only when there is one', () => {
    const edited: RoleDraft = draftReducer(draftReducer(posting, { type: 'remove', skillId: 'go' }), {
      type: 'level',
      skillId: 'react',
      level: 2,
    });
    expect(roleBodyOf(edited)).toEqual({
      title: 'Senior Platform Engineer',
      requirements: [
        { skillId: 'typescript', level: 4, importance: 4 },
        { skillId: 'react', level: 2, importance: 4 },
      ],
    });
    expect(roleBodyOf({ ...edited, description: '  Payments.  ' }).description).toBe('  Payments.  ');
    expect(roleBodyOf({ ...edited, description: '   ' })).not.toHaveProperty('description');
  });
});

describe('draftFromRole', () => {
  it('edits a saved role’s requirements as rows without a section', () => {
    const draft = draftFromRole({
      title: 'Mine',
      description: 'Mine, described.',
      requirements: [{ skill: skill('SQL'), level: 3, importance: 5 }],
    });
    expect(draft.rows).toEqual([
      { skill: skill('SQL'), level: 3, importance: 5, section: null, evidence: null },
    ]);
    expect(draft.description).toBe('Mine, described.');
  });
});

describe('foundSummary', () => {
  it('counts the skills by section, leaving out empty sections', () => {
    expect(foundSummary(posting.rows)).toBe('3 skills: 2 required, 1 nice to have');
    expect(foundSummary(posting.rows.slice(0, 1))).toBe('1 skill: 1 required');
    expect(foundSummary([])).toBe('0 skills');
  });
});
