import { type FormEvent, type RefObject, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { logFormBody } from '../api/schemas.ts';
import { DurationField } from './DurationField.tsx';

export interface LogValues {
  date: string;
  minutes: number;
  note: string;
}

export interface LogFormProps {
  /** Prefix of the field ids, so that several forms (the quick one, edits) can share a page. */
  idPrefix: string;
  today: string;
  initial: { date: string; minutes: string; note: string };
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** Called with checked values; `reset` empties the time and the note for the next entry. */
  onSubmit: (values: LogValues, reset: () => void) => void;
  onCancel?: () => void;
  minutesRef?: RefObject<HTMLInputElement | null>;
}

/** A day, the time spent (typed as minutes, "1h 30m" or "1:30") and a note; errors beside each field and in a summary. */
export function LogForm(props: LogFormProps) {
  const { idPrefix, today, initial, pending, serverError, onSubmit, onCancel, minutesRef } = props;
  const fields: FieldMap = {
    date: { id: `${idPrefix}-date`, label: 'Date' },
    minutes: { id: `${idPrefix}-minutes`, label: 'Time spent' },
    note: { id: `${idPrefix}-note`, label: 'Note (optional)', name: 'Note' },
  };
  const errors = useFormErrors(serverError, fields);
  const [date, setDate] = useState(initial.date);
  const [minutes, setMinutes] = useState(initial.minutes);
  const [note, setNote] = useState(initial.note);

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = errors.validate(logFormBody(today), { date, minutes, note });
    if (values)
      onSubmit(values, () => {
        setMinutes('');
        setNote('');
      });
  }

  return (
    <form className="form log-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="log-form__fields">
        <TextField
          {...errors.bind('date')}
          hint="Today or an earlier day."
          type="date"
          max={today}
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <DurationField
          {...errors.bind('minutes')}
          inputRef={minutesRef}
          value={minutes}
          onChange={setMinutes}
        />
        <TextField
          {...errors.bind('note')}
          placeholder="What you covered"
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
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
