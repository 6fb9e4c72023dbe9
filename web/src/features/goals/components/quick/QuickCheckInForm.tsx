import { formatQuantity } from '@shared/numbers.ts';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../../components/FormError.tsx';
import { useStatus } from '../../../../components/StatusProvider.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { useFormErrors } from '../../../../components/useFormErrors.ts';
import { useCreateCheckIn } from '../../api/goal-page.ts';
import { useGoals } from '../../api/goals.ts';
import { AmountField } from '../detail/AmountField.tsx';
import { checkInFieldsFor } from '../detail/checkInFields.ts';
import { shortTitle, sliceFor } from '../detail/family.ts';
import { formatDate } from '../widgets/dates.ts';
import type { QuickCheckInProps } from './QuickCheckIn.tsx';
import './quick-check-in.css';
import '../detail/check-ins.css';

/**
 * An amount (or level) and a date, saved as a check-in on the goal, or on its slice for that date
 * as the goal's page would. Errors sit next to their fields; Escape or Cancel closes it.
 */
export function QuickCheckInForm({ goal, today, onClose }: QuickCheckInProps) {
  const { metric } = goal;
  const sum = metric.aggregation === 'sum';
  const prefix = `quick-${goal.id}`;
  const fields: FieldMap = {
    value: { id: `${prefix}-value`, label: sum ? 'Amount' : 'Level' },
    date: { id: `${prefix}-date`, label: 'Date' },
  };
  const create = useCreateCheckIn(goal.id);
  const errors = useFormErrors(create.error, fields);
  const showStatus = useStatus();
  // A check-in on a date one of its slices covers goes on that slice, so it counts for both.
  const children = useGoals({ parentId: goal.id }, goal.childCount > 0);
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const valueInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    valueInput.current?.focus();
  }, []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = errors.validate(checkInFieldsFor(metric.aggregation), { date, value, note: '' });
    if (!values) return;
    const slice = sliceFor(goal, children.data ?? [], values.date);
    create.mutate(
      { date: values.date, value: values.value, onGoalId: slice?.id },
      {
        onSuccess: (checkIn) => {
          const on = slice ? `, on the slice “${shortTitle(slice, goal.title)}”` : '';
          showStatus(
            `Check-in saved: ${formatQuantity(checkIn.value, metric.unit)} on ${formatDate(checkIn.date)}${on}.`,
          );
          onClose();
        },
      },
    );
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && !create.isPending) {
      event.preventDefault();
      onClose();
    }
  }

  return (
    <form className="form quick-check-in__form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="quick-check-in__fields">
        <AmountField
          {...errors.bind('value')}
          metric={metric}
          value={value}
          onChange={setValue}
          inputRef={valueInput}
        />
        <TextField
          {...errors.bind('date')}
          type="date"
          max={today}
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <div className="quick-check-in__actions">
          <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Saving…">
            Save check-in
          </Button>
          <Button variant="quiet" onClick={onClose} disabled={create.isPending}>
            Cancel
          </Button>
        </div>
      </div>
    </form>
  );
}
