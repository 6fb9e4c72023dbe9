import { useLocation } from 'react-router';
import { ButtonLink } from '../components/ButtonLink.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { useMe } from '../features/accounts/api/session.ts';
import { AppShell } from './AppShell.tsx';
import { LANDING_PATH } from './nav.ts';
import { PublicLayout } from './PublicLayout.tsx';
import './NotFoundPage.css';

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
      <ButtonLink variant="primary" to={user ? LANDING_PATH : '/signin'}>
        {user ? 'Go to Home' : 'Go to sign in'}
      </ButtonLink>
    </div>
  );

  return user ? <AppShell>{content}</AppShell> : <PublicLayout>{content}</PublicLayout>;
}
