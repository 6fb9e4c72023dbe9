import { type FormEvent, useState } from 'react';
import {
  CATEGORIES,
  CreateGoalBody,
  type Goal,
  UpdateGoalBody,
} from '../../../../../src/goals/goal.schema.ts';
import { useCreateGoal, useUpdateGoal } from '../../../api/goals.ts';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { CATEGORY_LABELS, formatDate } from '../../../components/goals/index.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { DraftReview } from './DraftReview.tsx';
import { createInput, draftOf, type GoalFormValues, goalFields, updateInput } from './goalFormValues.ts';
import { MetricFields } from './MetricFields.tsx';
import { SharingFields } from './SharingFields.tsx';

export interface GoalFormProps {
  initial: GoalFormValues;
  /** The goal being edited; absent when creating one. */
  goal?: Goal;
  /** For a new slice: the goal it belongs to. */
  parentId: string | null;
  /** That goal, when known: its due date bounds the slice's. */
  parent?: Goal | undefined;
  onSaved: (goal: Goal) => void;
  onCancel: () => void;
}

/** Create or edit a goal, with the SMART review beside it (below it on narrow screens) as you type. */
export function GoalForm({ initial, goal, parentId, parent, onSaved, onCancel }: GoalFormProps) {
  const [values, setValues] = useState(initial);
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const mutation = goal ? update : create;
  const errors = useFormErrors(mutation.error);
  const set = <K extends keyof GoalFormValues>(key: K, value: GoalFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const milestone = goal !== undefined && !values.measured && goal.childCount === 0;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (goal) {
      const body = errors.validate(UpdateGoalBody, updateInput(values, goal));
      if (body) update.mutate({ id: goal.id, body }, { onSuccess: onSaved });
    } else {
      const body = errors.validate(CreateGoalBody, createInput(values, parentId));
      if (body) create.mutate(body, { onSuccess: onSaved });
    }
  }

  return (
    <div className="goal-form-layout">
      <form className="form goal-form" noValidate onSubmit={onSubmit}>
        <FormError message={errors.message} issues={errors.issues} fields={goalFields} />
        <TextField
          id={goalFields.title!.id}
          label="Title"
          hint="What you will achieve, e.g. “Pass the AWS Solutions Architect exam”."
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
          error={errors.field('title')}
        />
        <TextAreaField
          id={goalFields.why!.id}
          label="Why does this matter to you?"
          hint="Your reason keeps you going when motivation fades."
          value={values.why}
          onChange={(e) => set('why', e.target.value)}
          error={errors.field('why')}
        />
        <TextAreaField
          id={goalFields.description!.id}
          label="Description (optional)"
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.field('description')}
        />
        <SelectField
          id={goalFields.category!.id}
          label="Category"
          value={values.category}
          onChange={(e) => set('category', e.target.value as GoalFormValues['category'])}
          error={errors.field('category')}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </SelectField>
        <div className="form-row">
          <TextField
            id={goalFields.startDate!.id}
            label="Start date"
            type="date"
            hint={goal ? 'When you began working on it.' : 'Leave empty to start today.'}
            value={values.startDate}
            onChange={(e) => set('startDate', e.target.value)}
            error={errors.field('startDate')}
          />
          <TextField
            id={goalFields.dueDate!.id}
            label="Due date"
            type="date"
            hint={
              parent?.dueDate
                ? `On or before ${formatDate(parent.dueDate)}, when “${parent.title}” is due.`
                : 'When you want to be there.'
            }
            value={values.dueDate}
            onChange={(e) => set('dueDate', e.target.value)}
            error={errors.field('dueDate')}
          />
        </div>
        <MetricFields values={values} set={set} error={errors.field} locked={goal?.lastCheckInOn != null} />
        {milestone && (
          <TextField
            id={goalFields.completedOn!.id}
            label="Completed on"
            type="date"
            hint="A milestone is done when you say so. Leave empty while it is still open."
            value={values.completedOn}
            onChange={(e) => set('completedOn', e.target.value)}
            error={errors.field('completedOn')}
          />
        )}
        <SharingFields values={values} set={set} error={errors.field} editing={goal !== undefined} />
        <div className="form__actions">
          <Button type="submit" variant="primary" pending={mutation.isPending} pendingLabel="Saving…">
            {goal ? 'Save changes' : 'Create goal'}
          </Button>
          <Button onClick={onCancel} disabled={mutation.isPending}>
            Cancel
          </Button>
        </div>
      </form>
      <DraftReview draft={draftOf(values, goal ? goal.parentId : parentId)} />
    </div>
  );
}
