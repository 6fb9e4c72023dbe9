import type { Interaction } from '@shared/network/interaction.schema.ts';
import { describe, expect, it } from 'vitest';
import {
  interactionFields,
  interactionInput,
  interactionValues,
  newInteractionValues,
} from './interactionFormValues.ts';

const interaction: Interaction = {
  id: 'i1',
  date: '2026-03-02',
  kind: 'call',
  contacts: [{ id: 'c1', name: 'Ada Lovelace' }],
  notes: 'Talked about engines.',
  followUpOn: '2026-03-09',
  followUpDoneOn: null,
  goalId: 'g1',
  checkIn: { id: 'k1', goalId: 'g1', value: 1 },
  createdAt: '2026-03-02T10:00:00.000Z',
  updatedAt: '2026-03-02T10:00:00.000Z',
};

describe('interaction form values', () => {
  it('starts a new interaction as a meeting today, with nothing else', () => {
    expect(interactionInput(newInteractionValues('2026-03-10'))).toEqual({
      date: '2026-03-10',
      kind: 'meeting',
      notes: null,
      followUpOn: null,
      goalId: null,
    });
  });

  it('gives back the interaction’s fields it was filled from', () => {
    expect(interactionInput(interactionValues(interaction))).toEqual({
      date: '2026-03-02',
      kind: 'call',
      notes: 'Talked about engines.',
      followUpOn: '2026-03-09',
      goalId: 'g1',
    });
  });

  it('clears the notes, follow-up and goal once emptied', () => {
    const values = { ...interactionValues(interaction), notes: ' \n ', followUpOn: '', goalId: '' };
    expect(interactionInput(values)).toMatchObject({ notes: null, followUpOn: null, goalId: null });
  });

  it('gives each form on the page ids of its own', () => {
    expect(interactionFields('log').date).toEqual({ id: 'log-date', label: 'Date' });
    expect(interactionFields('edit-i1').followUpOn?.id).toBe('edit-i1-follow-up');
  });
});
