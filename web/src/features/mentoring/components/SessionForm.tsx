import { AGENDA_MAX, SESSION_NOTES_MAX } from '@shared/mentoring/mentoring.limits.ts';
import type { FormEvent } from 'react';
import { FormActions } from '../../../components/FormActions.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { bindFields, useFormValues } from '../../../components/formState.ts';
import { TextAreaField } from '../../../components/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { CreateSessionBody } from '../api/schemas.ts';
import type { SessionBody } from '../api/sessions.ts';
import { type SessionFormValues, sessionInput } from './entryFormValues.ts';
import './entries.css';

export interface SessionFormProps {
  /** Prefix of the field ids, so that several forms (the new one, edits) can share a page. */
  idPrefix: string;
  initial: SessionFormValues;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** Called with the checked body; `reset` empties the form for the next session. */
  onSubmit: (body: SessionBody, reset: () => void) => void;
  onCancel?: () => void;
}

/** A session: the day (and time), the agenda, notes both sides see, and private notes only I see. */
export function SessionForm(props: SessionFormProps) {
  const { idPrefix, initial, pending, serverError, onSubmit, onCancel } = props;
  const fields: FieldMap = {
    date: { id: `${idPrefix}-date`, label: 'Date' },
    time: { id: `${idPrefix}-time`, label: 'Time (optional)', name: 'Time' },
    minutes: { id: `${idPrefix}-minutes`, label: 'Minutes (optional)', name: 'Minutes' },
    agenda: { id: `${idPrefix}-agenda`, label: 'Agenda (optional)', name: 'Agenda' },
    notes: { id: `${idPrefix}-notes`, label: 'Notes (optional)', name: 'Notes' },
    privateNotes: {
      id: `${idPrefix}-private`,
      label: 'Private notes (optional): only you see these',
      name: 'Private notes',
    },
  };
  const errors = useFormErrors(serverError, fields);
  const { values, set, setValues } = useFormValues(initial);
  const { field } = bindFields(errors, values, set);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(CreateSessionBody, sessionInput(values));
    if (body) onSubmit(body, () => setValues({ ...initial }));
  }

  return (
    <form className="form mentoring-session-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField {...field('date')} type="date" required className="mentoring-session-form__date" />
      <div className="mentoring-session-form__when">
        <TextField
          {...field('time')}
          type="time"
          hint="When it began, in your time zone: your calendar feed shows it at that hour."
        />
        <TextField {...field('minutes')} inputMode="numeric" hint="How long it lasted." />
      </div>
      <TextAreaField
        {...field('agenda')}
        hint={`What you meant to talk about (up to ${AGENDA_MAX.toLocaleString('en-US')} characters).`}
        rows={2}
      />
      <TextAreaField
        {...field('notes')}
        hint={`What you talked about and agreed: both of you see these (up to ${SESSION_NOTES_MAX.toLocaleString('en-US')} characters).`}
      />
      <TextAreaField {...field('privateNotes')} hint="Only you see these, never the other side." />
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
