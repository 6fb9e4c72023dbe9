import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { signedOutDeliberately, useMe } from '../features/accounts/api/session.ts';
import { LoadingScreen } from './LoadingScreen.tsx';

/** Where sign-in sends someone back to; carried in the router's location state. */
export interface ReturnState {
  from?: string;
}

/** Renders its children for a signed-in person; sends anyone else to sign in, remembering the way back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const me = useMe();
  const location = useLocation();
  if (me.data === undefined) return <LoadingScreen error={me.error} onRetry={() => void me.refetch()} />;
  if (me.data === null) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    const state: ReturnState | undefined = signedOutDeliberately() ? undefined : { from };
    return <Navigate to="/signin" replace state={state} />;
  }
  return children;
}
