import { createBrowserRouter } from 'react-router';
import { AccountPage } from './pages/AccountPage.tsx';
import { GoalFormPage } from './pages/goals/GoalFormPage.tsx';
import { GoalPage } from './pages/goals/GoalPage.tsx';
import { GoalsPage } from './pages/goals/GoalsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignUpPage } from './pages/SignUpPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
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
          { index: true, element: <HomePage /> },
          { path: 'goals', element: <GoalsPage /> },
          { path: 'goals/new', element: <GoalFormPage /> },
          { path: 'goals/:id', element: <GoalPage /> },
          { path: 'goals/:id/edit', element: <GoalFormPage /> },
          { path: 'account', element: <AccountPage /> },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
