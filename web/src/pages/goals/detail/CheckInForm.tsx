import { type FormEvent, type ReactNode, type RefObject, useState } from 'react';
import { z } from 'zod';
import type { Goal } from '../../../../../src/goals/goal.schema.ts';
import { CalendarDate } from '../../../../../src/platform/http/common.schema.ts';
import { Button } from '../../../components/Button.tsx';
import { Field } from '../../../components/Field.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';

/** The form's values as typed; the value is checked and turned into a number before sending. */
const CheckInFields = z.object({
  date: CalendarDate,
  value: z
    .string()
    .trim()
    .min(1, 'is required')
    .refine((v) => Number.isFinite(Number(v)), 'must be a number, such as 2.5')
    .transform(Number),
  note: z.string().max(2000),
});
export type CheckInValues = z.output<typeof CheckInFields>;

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
  const errors = useFormErrors(serverError);
  const [date, setDate] = useState(initial.date);
  const [value, setValue] = useState(initial.value);
  const [note, setNote] = useState(initial.note);
  const sum = metric.aggregation === 'sum';
  const fields: FieldMap = {
    date: { id: `${idPrefix}-date`, label: 'Date' },
    value: { id: `${idPrefix}-value`, label: sum ? 'Amount' : 'Level' },
    note: { id: `${idPrefix}-note`, label: 'Note' },
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = errors.validate(CheckInFields, { date, value, note });
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
          id={fields.date!.id}
          label="Date"
          hint="Today or an earlier day."
          type="date"
          max={today}
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={errors.field('date')}
        />
        <Field
          id={fields.value!.id}
          label={fields.value!.label}
          hint={sum ? `How much to add, in ${metric.unit}.` : `Your current level, in ${metric.unit}.`}
          error={errors.field('value')}
        >
          {(control) => (
            <div className="input-unit">
              <input
                {...control}
                ref={valueRef}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                required
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
              <span className="input-unit__unit" aria-hidden="true">
                {metric.unit}
              </span>
            </div>
          )}
        </Field>
        <TextField
          id={fields.note!.id}
          label="Note"
          hint="Optional: what you did, or what changed."
          autoComplete="off"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.field('note')}
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
