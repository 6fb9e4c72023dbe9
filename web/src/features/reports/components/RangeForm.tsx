import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { paramsOf, rangeErrors, type Span } from './period.ts';

/**
 * The first and last day of a custom range. Showing it puts the range in the address, so Back
 * returns to the range before; a wrong range says why at its field and asks nothing.
 */
export function RangeForm({ span }: { span: Span }) {
  const [, setParams] = useSearchParams();
  const [from, setFrom] = useState(span.from);
  const [to, setTo] = useState(span.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = rangeErrors(from, to);
    setErrors(found);
    if (found.from || found.to) {
      document.getElementById(found.from ? 'report-from' : 'report-to')?.focus();
      return;
    }
    setParams(paramsOf({ kind: 'range', from, to }));
  }

  return (
    <form className="report-range" aria-label="Custom range" noValidate onSubmit={onSubmit}>
      <TextField
        id="report-from"
        type="date"
        label="From"
        value={from}
        onChange={(e) => setFrom(e.target.value)}
        error={errors.from}
        required
      />
      <TextField
        id="report-to"
        type="date"
        label="To"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        error={errors.to}
        required
      />
      <Button type="submit" variant="primary">
        Show report
      </Button>
    </form>
  );
}
