// The practice form's values as typed, and the body they make for the API (checked by its schema).
import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import type { SkillRef } from '@shared/skills/skill.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { practiceFormBody } from '../api/schemas.ts';

export interface PracticeFormValues {
  date: string;
  /** As typed: "90", "1h 30m", "1:30". */
  minutes: string;
  title: string;
  skills: SkillRef[];
  goalId: string;
  description: string;
  reflection: string;
  outcome: string;
  evidenceUrl: string;
}

/** The form's fields by API issue path, in the order they appear; ids start with `prefix`. */
export function practiceFields(prefix: string): FieldMap {
  return {
    title: { id: `${prefix}-title`, label: 'What you did' },
    date: { id: `${prefix}-date`, label: 'Date' },
    minutes: { id: `${prefix}-minutes`, label: 'Time spent' },
    skillIds: { id: `${prefix}-skills`, label: 'Skills you practised' },
    goalId: { id: `${prefix}-goal`, label: 'Goal its time feeds (optional)', name: 'Goal' },
    description: { id: `${prefix}-description`, label: 'Details (optional)', name: 'Details' },
    reflection: {
      id: `${prefix}-reflection`,
      label: 'What you learned (optional)',
      name: 'What you learned',
    },
    outcome: { id: `${prefix}-outcome`, label: 'What came of it (optional)', name: 'What came of it' },
    evidenceUrl: { id: `${prefix}-evidence`, label: 'Evidence (optional)', name: 'Evidence' },
  };
}

/** A new entry: today, with the skills it starts with (the skill the page is filtered to, say). */
export function newPracticeValues(today: string, skills: SkillRef[] = []): PracticeFormValues {
  return {
    date: today,
    minutes: '',
    title: '',
    skills,
    goalId: '',
    description: '',
    reflection: '',
    outcome: '',
    evidenceUrl: '',
  };
}

/** An entry's form, its skills named (`skills`, in the entry's order). */
export function practiceValues(entry: PracticeEntry, skills: SkillRef[]): PracticeFormValues {
  return {
    date: entry.date,
    minutes: String(entry.minutes),
    title: entry.title,
    skills,
    goalId: entry.goalId ?? '',
    description: entry.description,
    reflection: entry.reflection,
    outcome: entry.outcome,
    evidenceUrl: entry.evidenceUrl ?? '',
  };
}

/** The body of a new entry or of a change (every field, so that a cleared one is cleared). */
export function practiceInput(v: PracticeFormValues): z.input<ReturnType<typeof practiceFormBody>> {
  return {
    date: v.date,
    minutes: v.minutes,
    title: v.title,
    skillIds: v.skills.map((s) => s.id),
    goalId: v.goalId || null,
    description: v.description,
    reflection: v.reflection,
    outcome: v.outcome,
    evidenceUrl: v.evidenceUrl.trim() === '' ? null : v.evidenceUrl.trim(),
  };
}
