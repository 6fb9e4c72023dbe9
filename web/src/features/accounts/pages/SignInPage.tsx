import { type FormEvent, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { Button } from '../../../components/Button.tsx';
import { type FieldMap, FormError } from '../../../components/FormError.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { useFormErrors } from '../../../components/useFormErrors.ts';
import { AuthCard } from '../../../shell/AuthCard.tsx';
import { LANDING_PATH } from '../../../shell/nav.ts';
import type { ReturnState } from '../../../shell/RequireAuth.tsx';
import { LoginBody } from '../api/schemas.ts';
import { useMe, useSignIn } from '../api/session.ts';

const fields: FieldMap = {
  email: { id: 'signin-email', label: 'E-mail' },
  password: { id: 'signin-password', label: 'Password' },
};

export function SignInPage() {
  useDocumentTitle('Sign in');
  const me = useMe();
  const signIn = useSignIn();
  const errors = useFormErrors(signIn.error, fields);
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  // Signed in (already, or just now): continue to where they were going.
  if (me.data) return <Navigate to={(location.state as ReturnState | null)?.from ?? LANDING_PATH} replace />;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const body = errors.validate(LoginBody, { email, password });
    if (body) signIn.mutate(body);
  }

  return (
    <AuthCard
      title="Sign in to Trellis"
      intro={<p>Welcome back. Pick up your plan where you left it.</p>}
      footer={
        <>
          New here?{' '}
          <Link to="/signup" state={location.state}>
            Create an account
          </Link>
        </>
      }
    >
      <form className="form" noValidate onSubmit={onSubmit}>
        <FormError message={errors.message} issues={errors.issues} fields={fields} />
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
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button
          type="submit"
          variant="primary"
          className="button--block"
          pending={signIn.isPending}
          pendingLabel="Signing in…"
        >
          Sign in
        </Button>
      </form>
    </AuthCard>
  );
}
