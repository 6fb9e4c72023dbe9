import { describe, expect, it } from 'vitest';
import { IMPORTANCE_MAX, IMPORTANCE_MIN, LEVEL_MAX } from '../../../shared/skills/levels.ts';
import {
  ALIASES_MAX,
  DESCRIPTION_MAX,
  NAME_MAX,
  REQUIREMENTS_MAX,
  SKILL_KINDS,
} from '../../../shared/skills/skill.schema.ts';
import { BUILTIN_ROLES, ROLE_FAMILIES } from './builtin-roles.ts';
import { BUILTIN_SKILLS } from './builtin-skills.ts';
import { cleanAliases, nameKey } from './rows.ts';

// The names issue 9 asks for, each with exactly these aliases.
const REQUIRED: Record<string, string[]> = {
  JavaScript: ['JS'],
  TypeScript: ['TS'],
  Python: [],
  Java: [],
  'C++': [],
  'C#': [],
  Go: ['Golang'],
  Rust: [],
  SQL: [],
  PostgreSQL: ['Postgres'],
  Kubernetes: ['k8s'],
  Docker: [],
  'Amazon Web Services': ['AWS'],
  React: [],
  'Node.js': [],
  '.NET': [],
  Git: [],
  Linux: [],
  'Machine Learning': ['ML'],
  'Data Analysis': [],
  'Microsoft Excel': ['Excel'],
  'Public Speaking': [],
  Leadership: [],
  Negotiation: [],
  'Technical Writing': [],
  'Project Management': [],
  Agile: [],
  'Time Management': [],
  'Stakeholder Management': [],
  Mentoring: [],
  'Giving Feedback': [],
  'Problem Solving': [],
  'Presentation Skills': [],
  Networking: [],
};

// Words a job posting uses in their ordinary sense, which the whole-word matcher would take for a
// skill if they were aliases.
const ORDINARY_WORDS = [
  'go',
  'c',
  'r',
  'lead',
  'sales',
  'spark',
  'rails',
  'illustrator',
  'node',
  'monitoring',
];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const skillsByKey = new Map(BUILTIN_SKILLS.map((s) => [s.key, s]));
const rolesByKey = new Map(BUILTIN_ROLES.map((r) => [r.key, r]));

/** Every key that occurs more than once. */
const repeated = (keys: readonly string[]) => keys.filter((k, i) => keys.indexOf(k) !== i);

/** One plain sentence: not blank, ends with a full stop, no second sentence inside. */
const isOneSentence = (text: string) => /\S/.test(text) && text.endsWith('.') && !/[.!?]\s+[A-Z]/.test(text);

describe('the built-in skills', () => {
  it('number at least 150, each with a unique slug as its key', () => {
    expect(BUILTIN_SKILLS.length).toBeGreaterThanOrEqual(150);
    expect(BUILTIN_SKILLS.filter((s) => !SLUG.test(s.key))).toEqual([]);
    expect(repeated(BUILTIN_SKILLS.map((s) => s.key))).toEqual([]);
  });

  it('include every name the issue lists, with exactly its aliases', () => {
    const byName = new Map(BUILTIN_SKILLS.map((s) => [s.name, s]));
    for (const [name, aliases] of Object.entries(REQUIRED)) {
      expect({ name, aliases: byName.get(name)?.aliases }).toEqual({ name, aliases });
    }
  });

  it('never use a name or an alias twice across the catalogue', () => {
    const keys = BUILTIN_SKILLS.flatMap((s) => [s.name, ...s.aliases].map(nameKey));
    expect(repeated(keys)).toEqual([]);
  });

  it('have aliases that are clean, specific and within the limits', () => {
    for (const s of BUILTIN_SKILLS) {
      expect(cleanAliases(s.name, s.aliases)).toEqual(s.aliases);
      expect(s.aliases.length).toBeLessThanOrEqual(ALIASES_MAX);
      for (const alias of [s.name, ...s.aliases]) expect(alias.length).toBeLessThanOrEqual(NAME_MAX);
      for (const alias of s.aliases) {
        expect({ alias, long: alias.length >= 2 }).toEqual({ alias, long: true });
        expect(ORDINARY_WORDS).not.toContain(nameKey(alias));
      }
    }
  });

  it('each have a kind, a category, one hot flag and a one-sentence description', () => {
    for (const s of BUILTIN_SKILLS) {
      expect(SKILL_KINDS).toContain(s.kind);
      expect(s.category.trim()).not.toBe('');
      expect(typeof s.hot).toBe('boolean');
      expect({ key: s.key, sentence: isOneSentence(s.description) }).toEqual({ key: s.key, sentence: true });
      expect(s.description.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    }
  });

  it('mark a handful of in-demand technologies hot, all of them hard skills', () => {
    const hot = BUILTIN_SKILLS.filter((s) => s.hot);
    expect(hot.length).toBeGreaterThanOrEqual(5);
    expect(hot.length).toBeLessThanOrEqual(20);
    expect(hot.filter((s) => s.kind !== 'hard')).toEqual([]);
  });

  it('call the listed interpersonal skills soft and the technical ones hard', () => {
    const kindOf = (name: string) => BUILTIN_SKILLS.find((s) => s.name === name)?.kind;
    for (const name of ['Leadership', 'Negotiation', 'Mentoring', 'Giving Feedback', 'Networking']) {
      expect({ name, kind: kindOf(name) }).toEqual({ name, kind: 'soft' });
    }
    for (const name of [
      'JavaScript',
      'Kubernetes',
      'Microsoft Excel',
      'Data Analysis',
      'Technical Writing',
    ]) {
      expect({ name, kind: kindOf(name) }).toEqual({ name, kind: 'hard' });
    }
  });
});

describe('the built-in roles', () => {
  it('number at least 30, each with a unique slug as its key and a unique title and aliases', () => {
    expect(BUILTIN_ROLES.length).toBeGreaterThanOrEqual(30);
    expect(BUILTIN_ROLES.filter((r) => !SLUG.test(r.key))).toEqual([]);
    expect(repeated(BUILTIN_ROLES.map((r) => r.key))).toEqual([]);
    expect(repeated(BUILTIN_ROLES.flatMap((r) => [r.title, ...r.aliases].map(nameKey)))).toEqual([]);
    for (const r of BUILTIN_ROLES) expect(cleanAliases(r.title, r.aliases)).toEqual(r.aliases);
  });

  it('span every family, with at least two roles in each', () => {
    for (const family of ROLE_FAMILIES) {
      const count = BUILTIN_ROLES.filter((r) => r.family === family).length;
      expect({ family, enough: count >= 2 }).toEqual({ family, enough: true });
    }
  });

  it('each have a one-sentence description', () => {
    for (const r of BUILTIN_ROLES) {
      expect({ key: r.key, sentence: isOneSentence(r.description) }).toEqual({ key: r.key, sentence: true });
    }
  });

  it('require 6 to 15 known skills, each once, at levels 1–5 and importance 1–5', () => {
    for (const r of BUILTIN_ROLES) {
      const skills = r.requirements.map((q) => q.skill);
      expect({ role: r.key, count: Math.min(15, Math.max(6, skills.length)) }).toEqual({
        role: r.key,
        count: skills.length,
      });
      expect(skills.length).toBeLessThanOrEqual(REQUIREMENTS_MAX);
      expect(skills.filter((k) => !skillsByKey.has(k))).toEqual([]);
      expect(repeated(skills)).toEqual([]);
      for (const q of r.requirements) {
        expect(Number.isInteger(q.level) && q.level >= 1 && q.level <= LEVEL_MAX).toBe(true);
        expect(Number.isInteger(q.importance)).toBe(true);
        expect(q.importance).toBeGreaterThanOrEqual(IMPORTANCE_MIN);
        expect(q.importance).toBeLessThanOrEqual(IMPORTANCE_MAX);
      }
    }
  });

  it('list known technologies, each once, apart from the requirements, hot as their skill is', () => {
    for (const r of BUILTIN_ROLES) {
      const tools = r.technologies.map((t) => t.skill);
      expect(tools.filter((k) => !skillsByKey.has(k))).toEqual([]);
      expect(repeated(tools)).toEqual([]);
      expect(tools.filter((k) => r.requirements.some((q) => q.skill === k))).toEqual([]);
      for (const t of r.technologies) {
        expect({ role: r.key, skill: t.skill, hot: t.hot }).toEqual({
          role: r.key,
          skill: t.skill,
          hot: skillsByKey.get(t.skill)?.hot,
        });
      }
    }
  });

  it('ask the role above for at least the same level of every skill both need, and more of some', () => {
    const ladders = [
      ['junior-software-engineer', 'software-engineer', 'senior-software-engineer'],
      ['junior-data-analyst', 'data-analyst'],
      ['associate-product-manager', 'product-manager', 'senior-product-manager'],
      ['customer-support-specialist', 'customer-support-manager'],
    ];
    for (const ladder of ladders) {
      for (let i = 1; i < ladder.length; i++) {
        const lower = rolesByKey.get(ladder[i - 1]!)!;
        const upper = rolesByKey.get(ladder[i]!)!;
        const shared = lower.requirements.flatMap((q) => {
          const above = upper.requirements.find((u) => u.skill === q.skill);
          return above ? [{ skill: q.skill, lower: q.level, upper: above.level }] : [];
        });
        expect(shared.filter((s) => s.lower > s.upper)).toEqual([]);
        expect({ from: lower.key, to: upper.key, raised: shared.some((s) => s.lower < s.upper) }).toEqual({
          from: lower.key,
          to: upper.key,
          raised: true,
        });
      }
    }
  });
});
