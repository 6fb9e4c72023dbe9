import type { MentorshipRole } from '@shared/mentoring/mentorship.schema.ts';
import { type FormEvent, useState } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import type { ActionItemBody, ActionItemChange } from '../api/actionItems.ts';
import { CreateActionItemBody, UpdateActionItemBody } from '../api/schemas.ts';
import { type ActionItemFormValues, actionItemChange, actionItemInput } from './entryFormValues.ts';
import './entries.css';

export interface ActionItemFormProps {
  idPrefix: string;
  initial: ActionItemFormValues;
  /** Who it may be for, as the select shows them: "You (the mentee)", "Bob Stone (the mentor)". */
  assignees: readonly (readonly [MentorshipRole, string])[];
  /** The mentee's goals it may serve; absent when changing an item (its goal stays). */
  goals?: readonly (readonly [id: string, title: string])[] | undefined;
  /** A hint under the goal: which goals are offered, and why. */
  goalsHint?: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** A new item's body (with `reset` to empty the form), or a change of title and due date. */
  onCreate?: (body: ActionItemBody, reset: () => void) => void;
  onChange?: (body: ActionItemChange) => void;
  onCancel?: () => void;
}

/**
 * An action item: what to do, by when, for whom and for which of the mentee's goals. Changing one
 * changes its title and due date; who it is for and its goal stay as they were.
 */
export function ActionItemForm(props: ActionItemFormProps) {
  const { idPrefix, initial, assignees, goals, pending, serverError, onCreate, onChange, onCancel } = props;
  const creating = onCreate !== undefined;
  const fields: FieldMap = {
    title: { id: `${idPrefix}-title`, label: 'What to do' },
    dueOn: { id: `${idPrefix}-due`, label: 'Due date (optional)', name: 'Due date' },
    assignee: { id: `${idPrefix}-assignee`, label: 'For' },
    goalId: { id: `${idPrefix}-goal`, label: 'Goal it serves (optional)', name: 'Goal' },
  };
  const errors = useFormErrors(serverError, fields);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof ActionItemFormValues>(key: K, value: ActionItemFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (onCreate) {
      const body = errors.validate(CreateActionItemBody, actionItemInput(values));
      if (body) onCreate(body, () => setValues({ ...initial }));
    } else if (onChange) {
      const body = errors.validate(UpdateActionItemBody, actionItemChange(values));
      if (body) onChange(body);
    }
  }

  return (
    <form className="form action-item-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField
        {...errors.bind('title')}
        autoComplete="off"
        hint={creating ? 'One concrete step, e.g. “Draft the talk’s abstract”.' : undefined}
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('dueOn')}
          type="date"
          value={values.dueOn}
          onChange={(e) => set('dueOn', e.target.value)}
        />
        {creating && (
          <SelectField
            {...errors.bind('assignee')}
            value={values.assignee}
            onChange={(e) => set('assignee', e.target.value as MentorshipRole)}
            options={assignees}
          />
        )}
      </div>
      {creating && goals && (
        <SelectField
          {...errors.bind('goalId')}
          hint={props.goalsHint}
          value={values.goalId}
          onChange={(e) => set('goalId', e.target.value)}
          options={goals}
        >
          <option value="">No goal</option>
        </SelectField>
      )}
      <FormActions
        submitLabel={props.submitLabel}
        pendingLabel={props.pendingLabel}
        pending={pending}
        onCancel={onCancel}
        quietCancel
      />
    </form>
  );
}
