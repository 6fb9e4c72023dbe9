import type { Goal } from '@shared/goals/goal.schema.ts';
import type { ReactNode, RefObject } from 'react';
import { DatedEntryForm } from '../../../../components/entries.tsx';
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
export function CheckInForm({ metric, initial, note, valueRef, ...form }: CheckInFormProps) {
  return (
    <DatedEntryForm
      {...form}
      block="check-in-form"
      amount={{ name: 'value', label: metric.aggregation === 'sum' ? 'Amount' : 'Level' }}
      initial={{ date: initial.date, amount: initial.value, note: initial.note }}
      notePlaceholder="What you did, or what changed"
      schema={checkInFieldsFor(metric.aggregation)}
      amountField={(control) => <AmountField {...control} metric={metric} inputRef={valueRef} />}
      below={note}
    />
  );
}
