import type { goalApi } from '@shared/goals/goal.contract.ts';
import type { Goal } from '@shared/goals/goal.schema.ts';
import type { BodyOf } from '@shared/http/contract.ts';
import { type FormEvent, useState } from 'react';
import { FormActions } from '../../../../components/FormActions.tsx';
import { FormError } from '../../../../components/FormError.tsx';
import { bindFields, type SetValue, useFormValues } from '../../../../components/formState.ts';
import { SelectField } from '../../../../components/SelectField.tsx';
import { TextAreaField } from '../../../../components/TextAreaField.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useFormErrors } from '../../../../components/useFormErrors.ts';
import { useCreateGoal, useUpdateGoal } from '../../api/goals.ts';
import { CATEGORIES, CreateGoalBody, UpdateGoalBody } from '../../api/schemas.ts';
import { formatDate } from '../widgets/dates.ts';
import { CATEGORY_LABELS } from '../widgets/labels.ts';
import { DraftReview } from './DraftReview.tsx';
import { createInput, draftOf, type GoalFormValues, goalFields, updateInput } from './goalFormValues.ts';
import { MetricFields } from './MetricFields.tsx';
import type { FormField } from './reviewFields.ts';
import { SharingFields } from './SharingFields.tsx';
import { asksAboutSlices, type SlicesChoice, SlicesQuestion, slicesProblem } from './SlicesQuestion.tsx';
import './goal-form.css';

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

type UpdateBody = BodyOf<typeof goalApi.update>;

/**
 * Create or edit a goal, with the SMART review beside it (below it on narrow screens) as you type.
 * Saving a change that moves the numbers or dates of a goal with slices asks what becomes of them.
 */
export function GoalForm({ initial, goal, parentId, parent, onSaved, onCancel }: GoalFormProps) {
  const { values, set: setValue } = useFormValues(initial);
  // The review speaks about what the person has filled in: nothing on an empty form.
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  // The change waiting for an answer about the slices, and the answer being sent.
  const [asking, setAsking] = useState<UpdateBody | null>(null);
  const [choosing, setChoosing] = useState<SlicesChoice | null>(null);
  const create = useCreateGoal();
  const update = useUpdateGoal();
  const mutation = goal ? update : create;
  // The question about slices and a refusal to recompute them are answered in the dialog, not the form.
  const inDialog =
    asksAboutSlices(mutation.error) || (asking !== null && slicesProblem(mutation.error) !== null);
  const errors = useFormErrors(inDialog ? null : mutation.error, goalFields);
  const set: SetValue<GoalFormValues> = (key, value) => {
    setValue(key, value);
    setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  };
  const { field } = bindFields(errors, values, set);
  const milestone = goal !== undefined && !values.measured && goal.childCount === 0;

  function save(body: UpdateBody, slices?: SlicesChoice) {
    if (!goal) return;
    setChoosing(slices ?? null);
    update.mutate(
      { id: goal.id, body: slices ? { ...body, slices } : body },
      {
        onSuccess: (saved) => {
          setAsking(null);
          onSaved(saved);
        },
        onError: (error) => {
          setChoosing(null);
          if (asksAboutSlices(error)) setAsking(body);
          // A field the server refused is shown in the form; a refusal about the slices stays in the dialog.
          else if (!slicesProblem(error)) setAsking(null);
        },
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (goal) {
      const body = errors.validate(UpdateGoalBody, updateInput(values, goal));
      if (body) save(body);
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
          {...field('title')}
          hint="What you will achieve, e.g. “Pass the AWS Solutions Architect exam”."
        />
        <TextAreaField {...field('why')} hint="Your reason keeps you going when motivation fades." />
        <TextAreaField {...field('description')} />
        <SelectField {...field('category')} options={CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])} />
        <div className="form-row">
          <TextField
            {...field('startDate')}
            type="date"
            hint={goal ? 'When you began working on it.' : 'Leave empty to start today.'}
          />
          <TextField
            {...field('dueDate')}
            type="date"
            hint={
              parent?.dueDate
                ? `On or before ${formatDate(parent.dueDate)}, when “${parent.title}” is due.`
                : 'When you want to be there.'
            }
          />
        </div>
        <MetricFields values={values} set={set} errors={errors} locked={goal?.lastCheckInOn != null} />
        {milestone && (
          <TextField
            {...field('completedOn')}
            type="date"
            hint="A milestone is done when you say so. Leave empty while it is still open."
          />
        )}
        <SharingFields values={values} set={set} errors={errors} editing={goal !== undefined} />
        <FormActions
          submitLabel={goal ? 'Save changes' : 'Create goal'}
          pending={mutation.isPending}
          onCancel={onCancel}
        />
      </form>
      <DraftReview
        draft={draftOf(values, goal ? goal.parentId : parentId)}
        goalId={goal?.id}
        touched={touched}
        // An edit opens with every field filled in: its whole review is worth reading at once.
        showAll={submitted || goal !== undefined}
      />
      {goal && (
        <SlicesQuestion
          open={asking !== null}
          slices={goal.childCount}
          pending={choosing}
          error={asking !== null && !asksAboutSlices(update.error) ? update.error : null}
          onChoose={(choice) => asking && save(asking, choice)}
          onCancel={() => {
            setAsking(null);
            update.reset();
          }}
        />
      )}
    </div>
  );
}
