import { type FormEvent, type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { Button } from './Button.tsx';
import { type FieldMap, FormError } from './FormError.tsx';
import { TextField } from './TextField.tsx';
import { useFormErrors } from './useFormErrors.ts';

/** What the amount's control is handed: its id, label and error, and its text with a setter. */
export interface AmountControl {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

export interface DatedEntryFormProps<S extends z.ZodType> {
  /** Prefix of the field ids, so that several forms (a new entry's, inline edits) can share a page. */
  idPrefix: string;
  /** The form's class, which also names its row of fields: `log-form` and `log-form__fields`. */
  block: string;
  today: string;
  /** The quantity between the day and the note: its name in the API's body (`minutes`) and its label. */
  amount: { name: string; label: string };
  initial: { date: string; amount: string; note: string };
  notePlaceholder: string;
  /** Checks the typed text, named as the body names it: `date`, the amount's name and `note`. */
  schema: S;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** Called with checked values; `reset` empties the amount and the note for the next entry. */
  onSubmit: (values: z.output<S>, reset: () => void) => void;
  onCancel?: (() => void) | undefined;
  /** The amount's own control (a unit beside it, a duration's hint). */
  amountField: (control: AmountControl) => ReactNode;
  /** Shown under the fields, given the day chosen. */
  below?: ((date: string) => ReactNode) | undefined;
}

/**
 * Something done on a day: the day (today or earlier), how much (an amount, the time spent) and a
 * note, with errors beside each field and in a summary, then Save and, for an edit, Cancel.
 */
export function DatedEntryForm<S extends z.ZodType>(props: DatedEntryFormProps<S>) {
  const { idPrefix, block, today, amount, initial, pending, onSubmit, onCancel } = props;
  const fields: FieldMap = {
    date: { id: `${idPrefix}-date`, label: 'Date' },
    [amount.name]: { id: `${idPrefix}-${amount.name}`, label: amount.label },
    note: { id: `${idPrefix}-note`, label: 'Note (optional)', name: 'Note' },
  };
  const errors = useFormErrors(props.serverError, fields);
  const [date, setDate] = useState(initial.date);
  const [quantity, setQuantity] = useState(initial.amount);
  const [note, setNote] = useState(initial.note);

  function submit(event: FormEvent) {
    event.preventDefault();
    const typed = { date, [amount.name]: quantity, note } as z.input<S>;
    const values = errors.validate(props.schema, typed);
    if (values)
      onSubmit(values, () => {
        setQuantity('');
        setNote('');
      });
  }

  return (
    <form className={`form ${block}`} noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className={`${block}__fields`}>
        <TextField
          {...errors.bind('date')}
          hint="Today or an earlier day."
          type="date"
          max={today}
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        {props.amountField({ ...errors.bind(amount.name), value: quantity, onChange: setQuantity })}
        <TextField
          {...errors.bind('note')}
          placeholder={props.notePlaceholder}
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {props.below?.(date)}
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
