import { Link, Navigate, useLocation } from 'react-router';
import { messageOf } from '../../../api/errors.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useDocumentTitle } from '../../../components/useDocumentTitle.ts';
import { AuthCard } from '../../../shell/AuthCard.tsx';
import { LANDING_PATH } from '../../../shell/nav.ts';
import type { ReturnState } from '../../../shell/RequireAuth.tsx';
import { useInstance, useMe } from '../api/session.ts';
import { SignUpForm } from '../components/SignUpForm.tsx';

export function SignUpPage() {
  useDocumentTitle('Create an account');
  const me = useMe();
  const instance = useInstance();
  const location = useLocation();

  if (me.data) return <Navigate to={(location.state as ReturnState | null)?.from ?? LANDING_PATH} replace />;

  const signInLink = (
    <>
      Already have an account?{' '}
      <Link to="/signin" state={location.state}>
        Sign in
      </Link>
    </>
  );

  if (instance.isPending) {
    return (
      <AuthCard title="Create an account" footer={signInLink}>
        <p className="muted" aria-busy="true">
          <span className="spinner" aria-hidden="true" /> Checking whether this Trellis accepts sign-ups…
        </p>
      </AuthCard>
    );
  }

  if (instance.isError) {
    return (
      <AuthCard title="Create an account" footer={signInLink}>
        <Notice tone="danger" role="alert">
          {messageOf(instance.error)}
        </Notice>
      </AuthCard>
    );
  }

  const { openRegistration, hasUsers } = instance.data;
  if (!openRegistration && hasUsers) {
    return (
      <AuthCard title="Sign-up is closed" footer={signInLink}>
        <p>
          This Trellis does not accept new sign-ups.{' '}
          <strong>An administrator has to create your account.</strong> Ask the person who runs Trellis for
          your team to add you; they will tell you how to sign in.
        </p>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Create your account"
      intro={
        hasUsers ? (
          <p>Plan the next step of your career with goals you can measure.</p>
        ) : (
          <Notice>
            You are the first person here, so this account will be the <strong>administrator</strong> of this
            Trellis.
          </Notice>
        )
      }
      footer={signInLink}
    >
      <SignUpForm />
    </AuthCard>
  );
}
