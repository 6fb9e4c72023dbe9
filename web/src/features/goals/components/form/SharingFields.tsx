import { useState } from 'react';
import { bindFields, type SetValue } from '../../../../components/formState.ts';
import { SelectField } from '../../../../components/SelectField.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import type { FormErrors } from '../../../../components/useFormErrors.ts';
import { STATES } from '../../api/schemas.ts';
import { STATE_LABELS } from '../widgets/labels.ts';
import type { GoalFormValues } from './goalFormValues.ts';
import './goal-form.css';

export interface SharingFieldsProps {
  values: GoalFormValues;
  set: SetValue<GoalFormValues>;
  /** The goal form's errors, bound to its field map (`goalFields`). */
  errors: FormErrors;
  /** Editing: the goal may also be paused or abandoned. */
  editing: boolean;
}

/**
 * Who sees the goal, and the options most people never need (weight, state) behind a disclosure.
 * A goal is shared with mentors from a mentorship's shared view, where the mentee sees what her
 * mentors see; the form says whether this one is, and keeps its visibility as it is.
 */
export function SharingFields({ values, set, errors, editing }: SharingFieldsProps) {
  const [open, setOpen] = useState(false);
  const { field } = bindFields(errors, values, set);
  // An error inside must never hide behind a closed disclosure.
  const forcedOpen = Boolean(errors.field('weight') || errors.field('state'));
  return (
    <>
      {values.visibility === 'mentors' || values.visibility === 'organization' ? (
        <p className="private-note">
          <span className="private-note__label">Shared with your mentors.</span> They see this goal, its
          progress and check-ins. Choose which goals they see on a mentorship’s shared view, under Mentoring.
        </p>
      ) : (
        <p className="private-note">
          <span className="private-note__label">Private.</span> Only you can see your goals.
        </p>
      )}
      <details
        className="more-options"
        open={open || forcedOpen}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="more-options__summary">More options</summary>
        <div className="more-options__body">
          <TextField
            {...field('weight')}
            hint="How much this goal counts in its parent's progress compared with its siblings. Default 1."
            inputMode="decimal"
            placeholder="1"
          />
          {editing && (
            <SelectField
              {...field('state')}
              hint="Pause a goal you will come back to; abandon one you have let go. Its slices follow, and neither counts as missed."
              options={STATES.map((s) => [s, STATE_LABELS[s]])}
            />
          )}
        </div>
      </details>
    </>
  );
}
