import type { Content } from '@shared/content/content.schema.ts';
import type { FormEvent } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { bindFields, createOrUpdate, listError, useFormValues } from '../../../components/formState.ts';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { SkillsField } from '../../skills/components/SkillsField.tsx';
import { useCreateContent, useUpdateContent } from '../api/content.ts';
import { contentFormBody } from '../api/schemas.ts';
import { type ContentFormValues, contentFields, contentInput } from './contentFormValues.ts';
import { type ContentStatus, KIND_LABELS, KINDS, STATUS_LABELS, STATUSES } from './labels.ts';
import { RatingField } from './RatingField.tsx';

export interface ContentFormProps {
  initial: ContentFormValues;
  /** The entry being changed; absent when adding one. */
  entry?: Content | undefined;
  today: string;
  onSaved: (entry: Content) => void;
  onCancel: () => void;
}

/**
 * Add or change an entry of the log: every field of the API, errors beside their fields and in a
 * summary above. A done entry needs the day it was finished: the field says so, and choosing Done
 * fills in today when it is empty.
 */
export function ContentForm({ initial, entry, today, onSaved, onCancel }: ContentFormProps) {
  const { values, set, setValues } = useFormValues(initial);
  const { mutation, save } = createOrUpdate(entry, useCreateContent(), useUpdateContent());
  const errors = useFormErrors(mutation.error, contentFields);
  const { field, control } = bindFields(errors, values, set);
  const done = values.status === 'done';

  function setStatus(status: ContentStatus) {
    setValues((prev) => ({
      ...prev,
      status,
      consumedOn: status === 'done' && prev.consumedOn === '' ? today : prev.consumedOn,
    }));
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(contentFormBody(today), contentInput(values));
    if (body) save(body, onSaved);
  }

  return (
    <form className="form content-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={contentFields} />
      <div className="form-row">
        <SelectField {...field('kind')} options={KINDS.map((k) => [k, KIND_LABELS[k]])} />
        <SelectField
          {...field('status')}
          onChange={(e) => setStatus(e.target.value as ContentStatus)}
          options={STATUSES.map((s) => [s, STATUS_LABELS[s]])}
        />
      </div>
      <TextField
        {...field('title')}
        autoComplete="off"
        hint="What it is called, e.g. “Designing Data-Intensive Applications” or an episode’s title."
      />
      <TextField {...field('url')} type="url" inputMode="url" autoComplete="off" placeholder="https://" />
      <div className="form-row">
        <TextField {...field('author')} autoComplete="off" hint="Who wrote, hosts or gave it." />
        <TextField {...field('source')} autoComplete="off" hint="A publication, a show, a conference." />
      </div>
      <div className="form-row">
        <TextField
          {...field('consumedOn')}
          label={done ? 'Finished on' : 'Finished on (optional)'}
          hint={
            done
              ? 'Required for what you have finished: today or earlier.'
              : 'When you finished or stopped; required once it is done.'
          }
          type="date"
          max={today}
        />
        <RatingField {...field('rating')} />
      </div>
      <div className="form-row">
        <TextField
          {...field('minutes')}
          inputMode="numeric"
          autoComplete="off"
          hint="Time spent, in whole minutes."
        />
        <TextField {...field('pages')} inputMode="numeric" autoComplete="off" hint="For books and papers." />
        <TextField {...field('isbn')} autoComplete="off" hint="10 or 13 digits; hyphens are fine." />
      </div>
      <TextAreaField
        {...field('takeaways')}
        rows={5}
        hint="What you learned, will use, or want to remember."
      />
      <SkillsField
        {...control('skills', 'skillIds')}
        error={listError(errors, 'skillIds')}
        hint="The skills it builds: once it is done, the ledger counts its minutes for each of them."
      />
      <TextField
        {...field('discussedWith')}
        error={listError(errors, 'discussedWith')}
        autoComplete="off"
        hint="Colleagues, a mentor, a study group: separate names with commas."
      />
      <FormActions
        submitLabel={entry ? 'Save changes' : 'Add to your log'}
        pending={mutation.isPending}
        onCancel={onCancel}
      />
    </form>
  );
}
