import type { Content } from '@shared/content/content.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { SkillsField } from '../../skills/components/SkillsField.tsx';
import { useCreateContent, useUpdateContent } from '../api/content.ts';
import { contentFormBody } from '../api/schemas.ts';
import { type ContentFormValues, contentFields, contentInput } from './contentFormValues.ts';
import {
  type ContentKind,
  type ContentStatus,
  KIND_LABELS,
  KINDS,
  STATUS_LABELS,
  STATUSES,
} from './labels.ts';
import { RATING_OPTIONS } from './ratingOptions.ts';

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
  const [values, setValues] = useState(initial);
  const create = useCreateContent();
  const update = useUpdateContent();
  const mutation = entry ? update : create;
  const errors = useFormErrors(mutation.error, contentFields);
  const set = <K extends keyof ContentFormValues>(key: K, value: ContentFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));
  const done = values.status === 'done';
  // The API names a refused skill or name by its place in the list (skillIds.2): say it at the field too.
  const listError = (path: string) =>
    errors.field(path) ?? errors.issues.find((i) => i.path.startsWith(`${path}.`))?.message;

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
    if (!body) return;
    if (entry) update.mutate({ id: entry.id, body }, { onSuccess: onSaved });
    else create.mutate(body, { onSuccess: onSaved });
  }

  return (
    <form className="form content-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={contentFields} />
      <div className="form-row">
        <SelectField
          {...errors.bind('kind')}
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as ContentKind)}
          options={KINDS.map((k) => [k, KIND_LABELS[k]])}
        />
        <SelectField
          {...errors.bind('status')}
          value={values.status}
          onChange={(e) => setStatus(e.target.value as ContentStatus)}
          options={STATUSES.map((s) => [s, STATUS_LABELS[s]])}
        />
      </div>
      <TextField
        {...errors.bind('title')}
        autoComplete="off"
        hint="What it is called, e.g. “Designing Data-Intensive Applications” or an episode’s title."
        value={values.title}
        onChange={(e) => set('title', e.target.value)}
      />
      <TextField
        {...errors.bind('url')}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        value={values.url}
        onChange={(e) => set('url', e.target.value)}
      />
      <div className="form-row">
        <TextField
          {...errors.bind('author')}
          autoComplete="off"
          hint="Who wrote, hosts or gave it."
          value={values.author}
          onChange={(e) => set('author', e.target.value)}
        />
        <TextField
          {...errors.bind('source')}
          autoComplete="off"
          hint="A publication, a show, a conference."
          value={values.source}
          onChange={(e) => set('source', e.target.value)}
        />
      </div>
      <div className="form-row">
        <TextField
          {...errors.bind('consumedOn')}
          label={done ? 'Finished on' : 'Finished on (optional)'}
          hint={
            done
              ? 'Required for what you have finished: today or earlier.'
              : 'When you finished or stopped; required once it is done.'
          }
          type="date"
          max={today}
          value={values.consumedOn}
          onChange={(e) => set('consumedOn', e.target.value)}
        />
        <SelectField
          {...errors.bind('rating')}
          value={values.rating}
          onChange={(e) => set('rating', e.target.value)}
          options={RATING_OPTIONS}
        >
          <option value="">No rating</option>
        </SelectField>
      </div>
      <div className="form-row">
        <TextField
          {...errors.bind('minutes')}
          inputMode="numeric"
          autoComplete="off"
          hint="Time spent, in whole minutes."
          value={values.minutes}
          onChange={(e) => set('minutes', e.target.value)}
        />
        <TextField
          {...errors.bind('pages')}
          inputMode="numeric"
          autoComplete="off"
          hint="For books and papers."
          value={values.pages}
          onChange={(e) => set('pages', e.target.value)}
        />
        <TextField
          {...errors.bind('isbn')}
          autoComplete="off"
          hint="10 or 13 digits; hyphens are fine."
          value={values.isbn}
          onChange={(e) => set('isbn', e.target.value)}
        />
      </div>
      <TextAreaField
        {...errors.bind('takeaways')}
        rows={5}
        hint="What you learned, will use, or want to remember."
        value={values.takeaways}
        onChange={(e) => set('takeaways', e.target.value)}
      />
      <SkillsField
        {...errors.bind('skillIds')}
        error={listError('skillIds')}
        hint="The skills it builds: once it is done, the ledger counts its minutes for each of them."
        value={values.skills}
        onChange={(skills) => set('skills', skills)}
      />
      <TextField
        {...errors.bind('discussedWith')}
        error={listError('discussedWith')}
        autoComplete="off"
        hint="Colleagues, a mentor, a study group: separate names with commas."
        value={values.discussedWith}
        onChange={(e) => set('discussedWith', e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={mutation.isPending} pendingLabel="Saving…">
          {entry ? 'Save changes' : 'Add to your log'}
        </Button>
        <Button onClick={onCancel} disabled={mutation.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
