import type { PracticeEntry } from '@shared/practice/practice.schema.ts';
import type { FormEvent } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { bindFields, createOrUpdate, listError, useFormValues } from '../../../components/formState.ts';
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
  const { values, set, setValues } = useFormValues(initial);
  const { mutation, save } = createOrUpdate(entry, useCreatePractice(), useUpdatePractice());
  const errors = useFormErrors(mutation.error, fields);
  const { field, control } = bindFields(errors, values, set);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(practiceFormBody(today), practiceInput(values));
    if (!body) return;
    save(body, (saved) => {
      if (!entry) {
        setValues((prev) => ({
          ...prev,
          minutes: '',
          title: '',
          description: '',
          reflection: '',
          outcome: '',
          evidenceUrl: '',
        }));
      }
      onSaved(saved);
    });
  }

  return (
    <form className="form practice-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="practice-form__grid">
        <TextField
          {...field('title')}
          hint="E.g. “Paired on the payment service’s retry logic” or “Ran the team retro”."
          autoComplete="off"
          className="practice-form__title"
        />
        <TextField {...field('date')} type="date" max={today} hint="Today or an earlier day." />
        <DurationField {...control('minutes')} />
      </div>
      <SkillsField
        {...control('skills', 'skillIds')}
        error={listError(errors, 'skillIds')}
        hint="At least one: the ledger sets this time against what you learned of each."
      />
      <GoalSelect {...control('goalId')} feeder="The time you log here" />
      <div className="practice-form__texts">
        <TextAreaField {...field('description')} rows={2} />
        <TextAreaField {...field('reflection')} rows={2} />
        <TextAreaField {...field('outcome')} rows={2} />
      </div>
      <TextField
        {...field('evidenceUrl')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        hint="A pull request, a recording, a document: where someone can see the work."
      />
      <FormActions
        submitLabel={entry ? 'Save changes' : 'Log practice'}
        pending={mutation.isPending}
        onCancel={onCancel}
        quietCancel
      />
    </form>
  );
}
