import { createBrowserRouter, Navigate } from 'react-router';
import { AccountPage } from './pages/AccountPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignUpPage } from './pages/SignUpPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { LANDING_PATH } from './shell/nav.ts';
import { PublicLayout } from './shell/PublicLayout.tsx';
import { RequireAuth } from './shell/RequireAuth.tsx';
import { Root } from './shell/Root.tsx';

/**
 * Every client route. Signed-in pages go under the shell (and add their entry to shell/nav.ts);
 * the server answers unknown non-API paths with index.html, so the last route catches the rest.
 */
export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'signin', element: <SignInPage /> },
          { path: 'signup', element: <SignUpPage /> },
        ],
      },
      {
        element: (
          <RequireAuth>
            <AppShell />
          </RequireAuth>
        ),
        children: [
          { index: true, element: <Navigate to={LANDING_PATH} replace /> },
          { path: 'account', element: <AccountPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
