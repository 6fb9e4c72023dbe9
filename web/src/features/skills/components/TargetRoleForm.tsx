import type { Target } from '@shared/skills/skill.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { useCreateTarget } from '../api/targets.ts';

const fields: FieldMap = {
  targetDate: { id: 'target-date', label: 'Target date (optional)', name: 'Target date' },
  roleId: { id: 'target-date', label: 'Role' },
};

/**
 * Aim for a role, by a date or not. The server checks the date and the number of targets; its
 * words show beside the date, or above the form.
 */
export function TargetRoleForm({
  roleId,
  today,
  onTargeted,
}: {
  roleId: string;
  today: string;
  onTargeted: (target: Target) => void;
}) {
  const create = useCreateTarget();
  const errors = useFormErrors(create.error, fields);
  const [date, setDate] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    create.mutate({ roleId, ...(date ? { targetDate: date } : {}) }, { onSuccess: onTargeted });
  }

  return (
    <form className="form target-form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="inline-form">
        <TextField
          {...errors.bind('targetDate')}
          type="date"
          min={today}
          hint="When you want to be ready. The plan’s goals are due then (in a year without one)."
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Saving…">
          Target this role
        </Button>
      </div>
    </form>
  );
}
