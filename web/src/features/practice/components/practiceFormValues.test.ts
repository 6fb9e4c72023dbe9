import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import { describe, expect, it } from 'vitest';
import { newPracticeValues, practiceInput, practiceValues } from './practiceFormValues.ts';

const docker = { id: 's1', name: 'Docker', kind: 'hard' as const, category: null };
const speaking = { id: 's2', name: 'Public speaking', kind: 'soft' as const, category: null };

describe('practice form values', () => {
  it('starts today, with the skills given', () => {
    expect(newPracticeValues('2026-03-10', [docker])).toMatchObject({ date: '2026-03-10', skills: [docker] });
  });

  it('sends every field, the time as typed, an empty address and goal as none', () => {
    const values = {
      ...newPracticeValues('2026-03-10', [docker, speaking]),
      title: 'Demo',
      minutes: '1h 30m',
    };
    expect(practiceInput(values)).toEqual({
      date: '2026-03-10',
      minutes: '1h 30m',
      title: 'Demo',
      skillIds: ['s1', 's2'],
      goalId: null,
      description: '',
      reflection: '',
      outcome: '',
      evidenceUrl: null,
    });
  });

  it('gives back the entry it was filled from', () => {
    const entry: PracticeEntry = {
      id: 'p1',
      date: '2026-03-09',
      minutes: 45,
      title: 'Lightning talk',
      skillIds: ['s2'],
      description: 'Five minutes on containers',
      reflection: 'Slow down',
      outcome: 'Two questions',
      evidenceUrl: 'https://example.com/talk',
      goalId: 'g1',
      checkIn: null,
      createdAt: '2026-03-09T10:00:00.000Z',
      updatedAt: '2026-03-09T10:00:00.000Z',
    };
    expect(practiceInput(practiceValues(entry, [speaking]))).toEqual({
      date: '2026-03-09',
      minutes: '45',
      title: 'Lightning talk',
      skillIds: ['s2'],
      goalId: 'g1',
      description: 'Five minutes on containers',
      reflection: 'Slow down',
      outcome: 'Two questions',
      evidenceUrl: 'https://example.com/talk',
    });
  });
});
