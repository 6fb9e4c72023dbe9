import { Link, useLocation } from 'react-router';
import { useMe } from '../api/session.ts';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { AppShell } from '../shell/AppShell.tsx';
import { LANDING_PATH } from '../shell/nav.ts';
import { PublicLayout } from '../shell/PublicLayout.tsx';

/** Any unknown address: inside the app shell when signed in, in the public frame otherwise. */
export function NotFoundPage() {
  useDocumentTitle('Page not found');
  const { data: user } = useMe();
  const { pathname } = useLocation();

  const content = (
    <div className="not-found">
      <p className="not-found__code" aria-hidden="true">
        404
      </p>
      <h1 className="not-found__title">Page not found</h1>
      <p>
        There is nothing at <code className="not-found__path">{pathname}</code>. The link may be mistyped, or
        the page may have moved.
      </p>
      <Link className="button button--primary" to={user ? LANDING_PATH : '/signin'}>
        {user ? 'Go to Home' : 'Go to sign in'}
      </Link>
    </div>
  );

  return user ? <AppShell>{content}</AppShell> : <PublicLayout>{content}</PublicLayout>;
}
