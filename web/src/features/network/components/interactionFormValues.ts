// The interaction form's values as typed (the quick "Log interaction" form and an edit in the
// timeline), and the body they make for the API (checked by its schema before sending).
import type { Interaction, UpdateInteractionBody } from '@shared/network/interaction.schema.ts';
import type { z } from 'zod';
import type { FieldMap } from '../../../components/FormError.tsx';
import type { InteractionKind } from './labels.ts';

export interface InteractionFormValues {
  date: string;
  kind: InteractionKind;
  notes: string;
  /** "" for no follow-up. */
  followUpOn: string;
  /** "" for no goal. */
  goalId: string;
}

/** The form's fields by API issue path, in the order they appear; `prefix` keeps ids apart on a page with several. */
export function interactionFields(prefix: string): FieldMap {
  return {
    date: { id: `${prefix}-date`, label: 'Date' },
    kind: { id: `${prefix}-kind`, label: 'Kind' },
    notes: { id: `${prefix}-notes`, label: 'Notes (optional)', name: 'Notes' },
    followUpOn: { id: `${prefix}-follow-up`, label: 'Follow up by (optional)', name: 'Follow up by' },
    goalId: { id: `${prefix}-goal`, label: 'Goal it counts towards (optional)', name: 'Goal' },
  };
}

/** A new interaction: a meeting today, without notes, follow-up or goal. */
export function newInteractionValues(today: string): InteractionFormValues {
  return { date: today, kind: 'meeting', notes: '', followUpOn: '', goalId: '' };
}

/** An interaction's form. */
export function interactionValues(interaction: Interaction): InteractionFormValues {
  return {
    date: interaction.date,
    kind: interaction.kind,
    notes: interaction.notes ?? '',
    followUpOn: interaction.followUpOn ?? '',
    goalId: interaction.goalId ?? '',
  };
}

/**
 * The body of an interaction's fields, before the schema checks it: every field, so that clearing
 * the notes, the follow-up or the goal clears it. The notes keep their lines, without blank ends.
 */
export function interactionInput(values: InteractionFormValues): z.input<typeof UpdateInteractionBody> {
  const notes = values.notes.replace(/^\s*\n|\s+$/g, '');
  return {
    date: values.date,
    kind: values.kind,
    notes: notes.trim() === '' ? null : notes,
    followUpOn: values.followUpOn || null,
    goalId: values.goalId || null,
  };
}
