import { useState } from 'react';
import { STATES, VISIBILITIES } from '../../../../../src/goals/goal.schema.ts';
import { STATE_LABELS, VISIBILITY_LABELS } from '../../../components/goals/index.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { type GoalFormValues, goalFields } from './goalFormValues.ts';

export interface SharingFieldsProps {
  values: GoalFormValues;
  set: <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) => void;
  error: (path: string) => string | undefined;
  /** Editing: the goal may also be paused or abandoned. */
  editing: boolean;
}

const VISIBILITY_HINTS: Record<GoalFormValues['visibility'], string> = {
  private: 'Private: nobody but you sees this goal.',
  mentors: 'Your mentors can see this goal and its progress.',
  managers: 'Your managers can see this goal and its progress.',
  organization: 'Anyone in your organization can see this goal and its progress.',
};

/** Who sees the goal, and the options most people never need (weight, state) behind a disclosure. */
export function SharingFields({ values, set, error, editing }: SharingFieldsProps) {
  const [open, setOpen] = useState(false);
  // An error inside must never hide behind a closed disclosure.
  const forcedOpen = Boolean(error('weight') || error('state'));
  return (
    <>
      <SelectField
        id={goalFields.visibility!.id}
        label="Who can see it"
        hint={VISIBILITY_HINTS[values.visibility]}
        value={values.visibility}
        onChange={(e) => set('visibility', e.target.value as GoalFormValues['visibility'])}
        error={error('visibility')}
      >
        {VISIBILITIES.map((v) => (
          <option key={v} value={v}>
            {VISIBILITY_LABELS[v]}
          </option>
        ))}
      </SelectField>
      <details
        className="more-options"
        open={open || forcedOpen}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="more-options__summary">More options</summary>
        <div className="more-options__body">
          <TextField
            id={goalFields.weight!.id}
            label="Weight"
            hint="How much this goal counts in its parent's progress compared with its siblings. Default 1."
            inputMode="decimal"
            placeholder="1"
            value={values.weight}
            onChange={(e) => set('weight', e.target.value)}
            error={error('weight')}
          />
          {editing && (
            <SelectField
              id={goalFields.state!.id}
              label="State"
              hint="Pause a goal you will come back to; abandon one you have let go. Neither counts as missed."
              value={values.state}
              onChange={(e) => set('state', e.target.value as GoalFormValues['state'])}
              error={error('state')}
            >
              {STATES.map((s) => (
                <option key={s} value={s}>
                  {STATE_LABELS[s]}
                </option>
              ))}
            </SelectField>
          )}
        </div>
      </details>
    </>
  );
}
