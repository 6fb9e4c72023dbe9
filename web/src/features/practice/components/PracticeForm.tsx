import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { DurationField } from '../../learning/components/DurationField.tsx';
import { GoalSelect } from '../../learning/components/GoalSelect.tsx';
import { SkillsField } from '../../skills/components/SkillsField.tsx';
import { useCreatePractice, useUpdatePractice } from '../api/practice.ts';
import { practiceFormBody } from '../api/schemas.ts';
import { type PracticeFormValues, practiceFields, practiceInput } from './practiceFormValues.ts';
import './practice.css';

export interface PracticeFormProps {
  /** Prefix of the field ids, so that the quick form and an edit can share a page. */
  idPrefix: string;
  today: string;
  initial: PracticeFormValues;
  /** The entry being changed; absent for a new one. */
  entry?: PracticeEntry | undefined;
  onSaved: (entry: PracticeEntry) => void;
  onCancel?: () => void;
}

/**
 * Log or change a practice entry: what, when, how long, on which skills (one at least), the goal its
 * time feeds, and what came of it. After a new entry the form empties for the next one, keeping the
 * day, the skills and the goal, which the next entry often shares.
 */
export function PracticeForm({ idPrefix, today, initial, entry, onSaved, onCancel }: PracticeFormProps) {
  const fields = practiceFields(idPrefix);
  const [values, setValues] = useState(initial);
  const create = useCreatePractice();
  const update = useUpdatePractice();
  const mutation = entry ? update : create;
  const errors = useFormErrors(mutation.error, fields);
  const set = <K extends keyof PracticeFormValues>(key: K, value: PracticeFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  // The API names a refused skill by its place in the list (skillIds.2): say it at the field too.
  const skillsError =
    errors.field('skillIds') ?? errors.issues.find((i) => i.path.startsWith('skillIds.'))?.message;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(practiceFormBody(today), practiceInput(values));
    if (!body) return;
    if (entry) {
      update.mutate({ id: entry.id, body }, { onSuccess: onSaved });
      return;
    }
    create.mutate(body, {
      onSuccess: (saved) => {
        setValues((prev) => ({
          ...prev,
          minutes: '',
          title: '',
          description: '',
          reflection: '',
          outcome: '',
          evidenceUrl: '',
        }));
        onSaved(saved);
      },
    });
  }

  return (
    <form className="form practice-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="practice-form__grid">
        <TextField
          {...errors.bind('title')}
          hint="E.g. “Paired on the payment service’s retry logic” or “Ran the team retro”."
          autoComplete="off"
          className="practice-form__title"
          value={values.title}
          onChange={(e) => set('title', e.target.value)}
        />
        <TextField
          {...errors.bind('date')}
          type="date"
          max={today}
          hint="Today or an earlier day."
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
        />
        <DurationField
          {...errors.bind('minutes')}
          value={values.minutes}
          onChange={(m) => set('minutes', m)}
        />
      </div>
      <SkillsField
        {...errors.bind('skillIds')}
        error={skillsError}
        hint="At least one: the ledger sets this time against what you learned of each."
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
      />
      <GoalSelect
        {...errors.bind('goalId')}
        feeder="The time you log here"
        value={values.goalId}
        onChange={(goalId) => set('goalId', goalId)}
      />
      <div className="practice-form__texts">
        <TextAreaField
          {...errors.bind('description')}
          rows={2}
          value={values.description}
          onChange={(e) => set('description', e.target.value)}
        />
        <TextAreaField
          {...errors.bind('reflection')}
          rows={2}
          value={values.reflection}
          onChange={(e) => set('reflection', e.target.value)}
        />
        <TextAreaField
          {...errors.bind('outcome')}
          rows={2}
          value={values.outcome}
          onChange={(e) => set('outcome', e.target.value)}
        />
      </div>
      <TextField
        {...errors.bind('evidenceUrl')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        hint="A pull request, a recording, a document: where someone can see the work."
        value={values.evidenceUrl}
        onChange={(e) => set('evidenceUrl', e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={mutation.isPending} pendingLabel="Saving…">
          {entry ? 'Save changes' : 'Log practice'}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel} disabled={mutation.isPending}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
