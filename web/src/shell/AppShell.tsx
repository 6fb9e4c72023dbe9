import { type ReactNode, useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { messageOf } from '../api/errors.ts';
import { Button } from '../components/Button.tsx';
import { useStatus } from '../components/StatusProvider.tsx';
import { useMe, useSignOut } from '../features/accounts/api/session.ts';
import { Brand } from './Brand.tsx';
import { LANDING_PATH, navEntries } from './nav.ts';
import { SkipLink } from './SkipLink.tsx';
import './AppShell.css';

/**
 * The frame of every signed-in page: header with the product name, the main navigation, who is
 * signed in and Sign out. Below 64rem the navigation and session controls fold behind a Menu button.
 */
export function AppShell({ children }: { children?: ReactNode }) {
  const { data: user } = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const showStatus = useStatus();
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);

  function onSignOut() {
    signOut.mutate(undefined, {
      onSuccess: () => {
        navigate('/signin', { replace: true });
        showStatus('You are signed out.');
      },
      onError: (error) => showStatus(`Could not sign out. ${messageOf(error)}`),
    });
  }

  useEffect(() => {
    if (!menuOpen) return;
    // Escape folds the open menu from anywhere, and focus returns to the button that opened it.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className="app">
      <SkipLink />
      <header className="app-header">
        <div className="app-header__inner">
          <Brand to={LANDING_PATH} />
          <button
            ref={toggle}
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="app-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <MenuIcon open={menuOpen} />
            Menu
          </button>
          <div id="app-menu" className={menuOpen ? 'app-menu app-menu--open' : 'app-menu'}>
            <nav className="main-nav" aria-label="Main">
              <ul className="main-nav__list">
                {navEntries.map((entry) => (
                  <li key={entry.to}>
                    <NavLink
                      to={entry.to}
                      end={entry.end}
                      className="main-nav__link"
                      onClick={() => setMenuOpen(false)}
                    >
                      {entry.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="session">
              <span className="session__name">
                <span className="visually-hidden">Signed in as </span>
                {user?.name}
              </span>
              <Button
                variant="quiet"
                onClick={onSignOut}
                pending={signOut.isPending}
                pendingLabel="Signing out…"
              >
                Sign out
              </Button>
            </div>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="app-main">
        {children ?? <Outlet />}
      </main>
    </div>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="menu-toggle__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M5 5l10 10M15 5L5 15' : 'M3 6h14M3 10h14M3 14h14'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
      />
    </svg>
  );
}
