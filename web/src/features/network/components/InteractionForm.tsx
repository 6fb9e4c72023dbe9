import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { FormActions } from '../../../components/FormActions.tsx';
import { FormError } from '../../../components/FormError.tsx';
import { SelectField } from '../../../components/SelectField.tsx';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { CountGoalSelect } from './CountGoalSelect.tsx';
import { type InteractionFormValues, interactionFields, interactionInput } from './interactionFormValues.ts';
import { type InteractionKind, KIND_LABELS, KINDS } from './labels.ts';

export interface InteractionFormProps<S extends z.ZodType> {
  /** Prefix of the field ids, so that several forms (the quick one, edits) can share a page. */
  idPrefix: string;
  today: string;
  initial: InteractionFormValues;
  /** The API's schema the body is checked with: a new interaction's, or a change's. */
  schema: S;
  /** Fields the form does not show but the body carries (a new interaction's contacts). */
  extra?: object;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** Called with the checked body; `reset` empties the notes and the follow-up for the next one. */
  onSubmit: (body: z.output<S>, reset: () => void) => void;
  onCancel?: () => void;
}

/** An interaction's date, kind, notes, follow-up and goal; errors beside each field and in a summary. */
export function InteractionForm<S extends z.ZodType>(props: InteractionFormProps<S>) {
  const { idPrefix, today, initial, schema, extra, pending, serverError, onSubmit, onCancel } = props;
  const fields = interactionFields(idPrefix);
  const errors = useFormErrors(serverError, fields);
  const [values, setValues] = useState(initial);
  const set = <K extends keyof InteractionFormValues>(key: K, value: InteractionFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(schema, { ...interactionInput(values), ...extra } as z.input<S>);
    if (body !== undefined)
      onSubmit(body, () => setValues((prev) => ({ ...prev, notes: '', followUpOn: '' })));
  }

  return (
    <form className="form interaction-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="interaction-form__fields">
        <TextField
          {...errors.bind('date')}
          type="date"
          max={today}
          required
          hint="Today or an earlier day."
          value={values.date}
          onChange={(e) => set('date', e.target.value)}
        />
        <SelectField
          {...errors.bind('kind')}
          value={values.kind}
          onChange={(e) => set('kind', e.target.value as InteractionKind)}
          options={KINDS.map((k) => [k, KIND_LABELS[k]])}
        />
        <TextField
          {...errors.bind('followUpOn')}
          type="date"
          min={values.date || undefined}
          hint="A reminder on the Network page; on or after the date."
          value={values.followUpOn}
          onChange={(e) => set('followUpOn', e.target.value)}
        />
      </div>
      <TextAreaField
        {...errors.bind('notes')}
        rows={3}
        hint="What you talked about, what you promised."
        value={values.notes}
        onChange={(e) => set('notes', e.target.value)}
      />
      <CountGoalSelect
        {...errors.bind('goalId')}
        value={values.goalId}
        onChange={(goalId) => set('goalId', goalId)}
      />
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
