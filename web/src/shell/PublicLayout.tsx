import type { ReactNode } from 'react';
import { Link, Outlet } from 'react-router';
import { LogoMark } from '../components/Logo.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The frame of the pages anyone may see: sign in, sign up, and "not found" when signed out. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="public">
      <SkipLink />
      <header className="public__header">
        <Link to="/" className="brand">
          <LogoMark />
          <span className="brand__name">Trellis</span>
        </Link>
      </header>
      <main id="main" tabIndex={-1} className="public__main">
        {children ?? <Outlet />}
      </main>
      <footer className="public__footer">
        <p>
          Trellis turns career ambitions into measurable goals, and shows the evidence that you are growing.
        </p>
      </footer>
    </div>
  );
}
