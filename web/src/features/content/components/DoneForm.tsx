import type { Content } from '@shared/content/content.schema.ts';
import { type FormEvent, useEffect } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { bindFields, useFormValues } from '../../../components/formState.ts';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useUpdateContent } from '../api/content.ts';
import { doneFormBody } from '../api/schemas.ts';
import { wholeNumberOf } from './contentFormValues.ts';
import { RatingField } from './RatingField.tsx';

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
  const { values, set } = useFormValues({
    consumedOn: today,
    minutes: entry.minutes === null ? '' : String(entry.minutes),
    rating: entry.rating === null ? '' : String(entry.rating),
    takeaways: entry.takeaways ?? '',
  });
  const update = useUpdateContent();
  const errors = useFormErrors(update.error, fields);
  const { field } = bindFields(errors, values, set);

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
        <TextField {...field('consumedOn')} type="date" max={today} />
        <TextField
          {...field('minutes')}
          inputMode="numeric"
          autoComplete="off"
          hint="How long it took you."
        />
        <RatingField {...field('rating')} />
      </div>
      <TextAreaField {...field('takeaways')} hint="What you will use, or want to remember." />
      <FormActions submitLabel="Save as done" pending={update.isPending} onCancel={onCancel} />
    </form>
  );
}
