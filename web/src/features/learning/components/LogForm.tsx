import type { RefObject } from 'react';
import { DatedEntryForm } from '../../../components/entries.tsx';
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
export function LogForm({ initial, minutesRef, ...form }: LogFormProps) {
  return (
    <DatedEntryForm
      {...form}
      block="log-form"
      amount={{ name: 'minutes', label: 'Time spent' }}
      initial={{ date: initial.date, amount: initial.minutes, note: initial.note }}
      notePlaceholder="What you covered"
      schema={logFormBody(form.today)}
      amountField={(control) => <DurationField {...control} inputRef={minutesRef} />}
    />
  );
}
