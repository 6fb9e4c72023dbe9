import type { Goal } from '@shared/goals/goal.schema.ts';
import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../../components/FormError.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useFormErrors } from '../../../../components/useFormErrors.ts';
import { AmountField } from './AmountField.tsx';
import { type CheckInValues, checkInFieldsFor } from './checkInFields.ts';
import './check-ins.css';

export interface CheckInFormProps {
  /** Prefix of the field ids, so that several forms (create, inline edits) can share a page. */
  idPrefix: string;
  metric: NonNullable<Goal['metric']>;
  today: string;
  initial: { date: string; value: string; note: string };
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  serverError: unknown;
  /** Called with checked values; `reset` clears the amount and note for the next entry. */
  onSubmit: (values: CheckInValues, reset: () => void) => void;
  onCancel?: () => void;
  /** Shown under the fields, given the date chosen (e.g. which slice the check-in goes on). */
  note?: (date: string) => ReactNode;
  valueRef?: RefObject<HTMLInputElement | null>;
}

/** Date, amount (or level) with its unit, and a note; errors beside each field and in a summary. */
export function CheckInForm(props: CheckInFormProps) {
  const { idPrefix, metric, today, initial, pending, serverError, onSubmit, onCancel, valueRef } = props;
  const sum = metric.aggregation === 'sum';
  const fields: FieldMap = {
    date: { id: `${idPrefix}-date`, label: 'Date' },
    value: { id: `${idPrefix}-value`, label: sum ? 'Amount' : 'Level' },
    note: { id: `${idPrefix}-note`, label: 'Note (optional)', name: 'Note' },
  };
  const errors = useFormErrors(serverError, fields);
  const [date, setDate] = useState(initial.date);
  const [value, setValue] = useState(initial.value);
  const [note, setNote] = useState(initial.note);

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = errors.validate(checkInFieldsFor(metric.aggregation), { date, value, note });
    if (values)
      onSubmit(values, () => {
        setValue('');
        setNote('');
      });
  }

  return (
    <form className="form check-in-form" noValidate onSubmit={submit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="check-in-form__fields">
        <TextField
          {...errors.bind('date')}
          hint="Today or an earlier day."
          type="date"
          max={today}
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <AmountField
          {...errors.bind('value')}
          metric={metric}
          value={value}
          onChange={setValue}
          inputRef={valueRef}
        />
        <TextField
          {...errors.bind('note')}
          placeholder="What you did, or what changed"
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </div>
      {props.note?.(date)}
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
