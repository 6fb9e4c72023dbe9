import type { Content } from '@shared/content/content.schema.ts';
import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import type { FieldMap } from '../../../components/FormError.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useUpdateContent } from '../api/content.ts';
import { doneFormBody } from '../api/schemas.ts';
import { wholeNumberOf } from './contentFormValues.ts';
import { RATING_OPTIONS } from './ratingOptions.ts';

export interface DoneFormProps {
  entry: Content;
  today: string;
  onDone: (saved: Content) => void;
  onCancel: () => void;
}

/**
 * Marks a queued or started entry done, from the queue: dated today unless the person says when,
 * with the minutes it took, a rating and takeaways if they want to add them now.
 */
export function DoneForm({ entry, today, onDone, onCancel }: DoneFormProps) {
  const ids = `done-${entry.id}`;
  const fields: FieldMap = {
    consumedOn: { id: `${ids}-date`, label: 'Finished on' },
    minutes: { id: `${ids}-minutes`, label: 'Minutes (optional)', name: 'Minutes' },
    rating: { id: `${ids}-rating`, label: 'Rating (optional)', name: 'Rating' },
    takeaways: { id: `${ids}-takeaways`, label: 'Takeaways (optional)', name: 'Takeaways' },
  };
  const [values, setValues] = useState({
    consumedOn: today,
    minutes: entry.minutes === null ? '' : String(entry.minutes),
    rating: entry.rating === null ? '' : String(entry.rating),
    takeaways: entry.takeaways ?? '',
  });
  const update = useUpdateContent();
  const errors = useFormErrors(update.error, fields);
  const set = (key: keyof typeof values, value: string) => setValues((prev) => ({ ...prev, [key]: value }));

  // The form opens where the person pressed Done: its first field takes focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the form opens
  useEffect(() => {
    document.getElementById(`${ids}-date`)?.focus();
  }, []);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const takeaways = values.takeaways.trim();
    const body = errors.validate(doneFormBody(today), {
      status: 'done',
      consumedOn: values.consumedOn.trim() === '' ? null : values.consumedOn,
      minutes: wholeNumberOf(values.minutes),
      rating: values.rating === '' ? null : Number(values.rating),
      takeaways: takeaways === '' ? null : takeaways,
    });
    if (!body) return;
    update.mutate({ id: entry.id, body }, { onSuccess: onDone });
  }

  return (
    <form className="form done-form" noValidate onSubmit={onSubmit} aria-label={`Mark “${entry.title}” done`}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="form-row">
        <TextField
          {...errors.bind('consumedOn')}
          type="date"
          max={today}
          value={values.consumedOn}
          onChange={(e) => set('consumedOn', e.target.value)}
        />
        <TextField
          {...errors.bind('minutes')}
          inputMode="numeric"
          autoComplete="off"
          hint="How long it took you."
          value={values.minutes}
          onChange={(e) => set('minutes', e.target.value)}
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
      <TextAreaField
        {...errors.bind('takeaways')}
        hint="What you will use, or want to remember."
        value={values.takeaways}
        onChange={(e) => set('takeaways', e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={update.isPending} pendingLabel="Saving…">
          Save as done
        </Button>
        <Button onClick={onCancel} disabled={update.isPending}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
