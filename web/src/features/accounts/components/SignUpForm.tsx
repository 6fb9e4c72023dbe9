import { type FormEvent, useState } from 'react';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { RegisterBody } from '../api/schemas.ts';
import { useSignUp } from '../api/session.ts';

const fields: FieldMap = {
  name: { id: 'signup-name', label: 'Name' },
  email: { id: 'signup-email', label: 'E-mail' },
  password: { id: 'signup-password', label: 'Password' },
};

/** The sign-up form; on success the session cookie is set and the page moves on by itself. */
export function SignUpForm() {
  const signUp = useSignUp();
  const errors = useFormErrors(signUp.error, fields);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(RegisterBody, { name, email, password });
    if (body) signUp.mutate(body);
  }

  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <FormError message={errors.message} issues={errors.issues} fields={fields} />
      <TextField
        {...errors.bind('name')}
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        {...errors.bind('email')}
        type="email"
        autoComplete="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        {...errors.bind('password')}
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters. A few unrelated words make a strong, memorable password."
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button
        type="submit"
        variant="primary"
        className="button--block"
        pending={signUp.isPending}
        pendingLabel="Creating your account…"
      >
        Create account
      </Button>
    </form>
  );
}
