import { AGENDA_MAX, SESSION_NOTES_MAX } from '@shared/mentoring/mentoring.limits.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
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
  const [values, setValues] = useState(initial);
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(CreateSessionBody, sessionInput(values));
    if (body) onSubmit(body, () => setValues({ ...initial }));
  }

  return (
    <form className="form mentoring-session-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField
        {...errors.bind('date')}
        type="date"
        required
        className="mentoring-session-form__date"
        value={values.date}
        onChange={(e) => set('date', e.target.value)}
      />
      <div className="mentoring-session-form__when">
        <TextField
          {...errors.bind('time')}
          type="time"
          hint="When it began, in your time zone: your calendar feed shows it at that hour."
          value={values.time}
          onChange={(e) => set('time', e.target.value)}
        />
        <TextField
          {...errors.bind('minutes')}
          inputMode="numeric"
          hint="How long it lasted."
          value={values.minutes}
          onChange={(e) => set('minutes', e.target.value)}
        />
      </div>
      <TextAreaField
        {...errors.bind('agenda')}
        hint={`What you meant to talk about (up to ${AGENDA_MAX.toLocaleString('en-US')} characters).`}
        rows={2}
        value={values.agenda}
        onChange={(e) => set('agenda', e.target.value)}
      />
      <TextAreaField
        {...errors.bind('notes')}
        hint={`What you talked about and agreed: both of you see these (up to ${SESSION_NOTES_MAX.toLocaleString('en-US')} characters).`}
        value={values.notes}
        onChange={(e) => set('notes', e.target.value)}
      />
      <TextAreaField
        {...errors.bind('privateNotes')}
        hint="Only you see these, never the other side."
        value={values.privateNotes}
        onChange={(e) => set('privateNotes', e.target.value)}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" pending={pending} pendingLabel={props.pendingLabel}>
          {props.submitLabel}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
