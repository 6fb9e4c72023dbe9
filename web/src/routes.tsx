import { createBrowserRouter } from 'react-router';
import { HomePage } from './pages/HomePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';
import { SignUpPage } from './pages/SignUpPage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { PublicLayout } from './shell/PublicLayout.tsx';
import { RequireAuth } from './shell/RequireAuth.tsx';
import { Root } from './shell/Root.tsx';

// Pages past the landing page load on first visit, so signing in downloads only what Home needs.
const goalsList = () => import('./pages/goals/GoalsPage.tsx');
const goalForm = () => import('./pages/goals/GoalFormPage.tsx');
const goalPage = () => import('./pages/goals/GoalPage.tsx');
const accountPage = () => import('./pages/AccountPage.tsx');

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
          { path: 'goals', lazy: async () => ({ Component: (await goalsList()).GoalsPage }) },
          { path: 'goals/new', lazy: async () => ({ Component: (await goalForm()).GoalFormPage }) },
          { path: 'goals/:id', lazy: async () => ({ Component: (await goalPage()).GoalPage }) },
          { path: 'goals/:id/edit', lazy: async () => ({ Component: (await goalForm()).GoalFormPage }) },
          { path: 'account', lazy: async () => ({ Component: (await accountPage()).AccountPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
