import type { CreatedToken } from '@shared/accounts/account.schema.ts';
import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { CreateTokenBody } from '../api/schemas.ts';
import { useCreateToken } from '../api/tokens.ts';

const fields: FieldMap = { name: { id: 'token-name', label: 'Token name' } };

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const create = useCreateToken();
  const errors = useFormErrors(create.error, fields);
  const [name, setName] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(CreateTokenBody, { name });
    if (body) create.mutate(body, { onSuccess: onCreated });
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <div className="inline-form">
        <TextField
          {...errors.bind('name')}
          hint="For example “Laptop CLI” or “Backup script”."
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="primary" pending={create.isPending} pendingLabel="Creating…">
          Create token
        </Button>
      </div>
    </form>
  );
}
