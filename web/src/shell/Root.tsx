import { Outlet } from 'react-router';
import { useFocusOnNavigate } from './useFocusOnNavigate.ts';

/** The top route: lives across every page, so it sees every navigation. */
export function Root() {
  useFocusOnNavigate();
  return <Outlet />;
}
