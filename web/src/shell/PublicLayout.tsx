import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Brand } from './Brand.tsx';
import { SkipLink } from './SkipLink.tsx';
import './PublicLayout.css';

/** The frame of the pages anyone may see: sign in, sign up, and "not found" when signed out. */
export function PublicLayout({ children }: { children?: ReactNode }) {
  return (
    <div className="public">
      <SkipLink />
      <header className="public__header">
        <Brand to="/" />
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
