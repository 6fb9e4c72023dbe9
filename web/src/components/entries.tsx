// The entries of a dated log (check-ins, time logged, sessions, interactions, practice): the form
// of a day's amount and note, and a list whose entries change in place, one at a time showing its
// form instead of itself, with Delete asking first in one dialog for the whole list.
import { type FormEvent, type ReactNode, useRef, useState } from 'react';
import type { z } from 'zod';
import { FormActions } from './FormActions.tsx';
import { type FieldMap, FormError } from './FormError.tsx';
import { useStatus } from './StatusProvider.tsx';
import { TextField } from './TextField.tsx';
import { useFocusAfterEditing } from './useFocusAfterEditing.ts';
import { useFormErrors } from './useFormErrors.ts';

/** What a list tells each of its entries: whether it shows its form, and its Edit and Delete. */
export interface EntryChangeProps {
  editing: boolean;
  /** Opens (true) or closes (false) the entry's form. */
  onEdit: (editing: boolean) => void;
  /** Asks to delete the entry. */
  onDelete: () => void;
}

/** Which entry of a list is being changed, and which one the person has asked to delete. */
export function useEntryChanges<T extends { id: string }>() {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  return {
    /** The entry the delete dialog asks about; null while the dialog is closed. */
    deleting,
    /** Closes the delete dialog: cancelled, or done. */
    stopDeleting: () => setDeleting(null),
    /** An entry's part, to spread on its component. */
    entryProps: (entry: T): EntryChangeProps => ({
      editing: editing === entry.id,
      onEdit: (on) => setEditing(on ? entry.id : null),
      onDelete: () => setDeleting(entry),
    }),
  };
}

/** The request that saves an entry's form: a TanStack mutation answers it. */
export interface SaveRequest {
  isPending: boolean;
  error: unknown;
  reset: () => void;
}

/**
 * One entry changed in place. `ref` goes on the entry's element. `close` shuts the form, clears
 * what the `save` request left (an error), and puts the focus back on the entry's Edit button
 * (`editSelector`) once the entry is drawn closed, where the person started; `saved` says what was
 * saved and closes. `form` is the edit form's Save and Cancel, for a form that takes `save`'s state.
 */
export function useEditInPlace(
  { editing, onEdit }: Pick<EntryChangeProps, 'editing' | 'onEdit'>,
  editSelector: string,
  save?: SaveRequest,
) {
  const ref = useRef<HTMLLIElement>(null);
  const returnFocus = useFocusAfterEditing(editing, ref, editSelector);
  const showStatus = useStatus();

  function close() {
    returnFocus();
    onEdit(false);
    save?.reset();
  }

  return {
    ref,
    close,
    saved: (status: string) => {
      showStatus(status);
      close();
    },
    form: {
      submitLabel: 'Save changes',
      pendingLabel: 'Saving…',
      pending: save?.isPending ?? false,
      serverError: save?.error,
      onCancel: close,
    },
  };
}

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
