import { createBrowserRouter, Navigate } from 'react-router';
import { HomePage } from './features/home/pages/HomePage.tsx';
import { AppShell } from './shell/AppShell.tsx';
import { NotFoundPage } from './shell/NotFoundPage.tsx';
import { PublicLayout } from './shell/PublicLayout.tsx';
import { RequireAuth } from './shell/RequireAuth.tsx';
import { Root } from './shell/Root.tsx';

// Home comes with the first download; every other page loads on its first visit. The pages with
// forms bring zod (they check forms with the API's own schemas), so it is never part of the first
// download: bench/web-bundle.ts measures what is.
const signIn = () => import('./features/accounts/pages/SignInPage.tsx');
const signUp = () => import('./features/accounts/pages/SignUpPage.tsx');
const accountPage = () => import('./features/accounts/pages/AccountPage.tsx');
// What a person takes along (spreadsheet files, résumé, calendar feed): a page of the account.
const dataPage = () => import('./features/exports/pages/DataPage.tsx');
const goalsList = () => import('./features/goals/pages/GoalsPage.tsx');
const goalForm = () => import('./features/goals/pages/GoalFormPage.tsx');
const goalPage = () => import('./features/goals/pages/GoalPage.tsx');
// The skills capability: its pages that show, and its pages with forms (zod), in two chunks.
const skillPages = () => import('./features/skills/pages/browse.ts');
const skillForms = () => import('./features/skills/pages/forms.ts');
// Learning and practice, likewise: pages that show, and pages with forms. A skill's page is the
// practice capability's view of it (its ledger row, learning and practice).
const learningPages = () => import('./features/learning/pages/browse.ts');
const learningForms = () => import('./features/learning/pages/forms.ts');
const practicePages = () => import('./features/practice/pages/browse.ts');
const practiceForms = () => import('./features/practice/pages/forms.ts');
// Content: the Content page's frame, its log and its inbox (no zod), and its pages with forms.
const contentPages = () => import('./features/content/pages/browse.ts');
const contentForms = () => import('./features/content/pages/forms.ts');
// Network: the Network page (no zod), and its pages with forms (a contact's page, the contact form,
// the imports and the defaults by role).
const networkPages = () => import('./features/network/pages/browse.ts');
const networkForms = () => import('./features/network/pages/forms.ts');
// Mentoring and feedback: the Mentoring page and the requests I sent (no zod), their pages with
// forms, and the public page that answers a feedback link, on its own for people without an account.
const mentoringPages = () => import('./features/mentoring/pages/browse.ts');
const mentoringForms = () => import('./features/mentoring/pages/forms.ts');
const feedbackAnswer = () => import('./features/mentoring/pages/answer.ts');
// Reports: the Reports page with its charts (no zod), in a chunk of its own.
const reportPages = () => import('./features/reports/pages/browse.ts');

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
          { path: 'signin', lazy: async () => ({ Component: (await signIn()).SignInPage }) },
          { path: 'signup', lazy: async () => ({ Component: (await signUp()).SignUpPage }) },
          // A feedback link (the API's `link`, /feedback/<token>), answered without an account. The
          // signed-in feedback pages live at /feedback-requests, as their API does: under /feedback, their
          // inbox would sit where a token goes, and one of the two would have to shadow the other.
          {
            path: 'feedback/:token',
            lazy: async () => ({ Component: (await feedbackAnswer()).FeedbackAnswerPage }),
          },
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
          { path: 'skills', lazy: async () => ({ Component: (await skillPages()).SkillsPage }) },
          { path: 'skills/assess', lazy: async () => ({ Component: (await skillForms()).AssessPage }) },
          { path: 'skills/:id', lazy: async () => ({ Component: (await practicePages()).SkillPage }) },
          { path: 'roles', lazy: async () => ({ Component: (await skillPages()).RolesPage }) },
          {
            path: 'roles/new/from-posting',
            lazy: async () => ({ Component: (await skillForms()).PostingPage }),
          },
          { path: 'roles/:id', lazy: async () => ({ Component: (await skillPages()).RolePage }) },
          { path: 'roles/:id/edit', lazy: async () => ({ Component: (await skillForms()).RoleEditPage }) },
          { path: 'targets/:id', lazy: async () => ({ Component: (await skillPages()).TargetPage }) },
          { path: 'learning', lazy: async () => ({ Component: (await learningPages()).LearningPage }) },
          {
            path: 'learning/new',
            lazy: async () => ({ Component: (await learningForms()).ActivityFormPage }),
          },
          { path: 'learning/:id', lazy: async () => ({ Component: (await learningForms()).ActivityPage }) },
          {
            path: 'learning/:id/edit',
            lazy: async () => ({ Component: (await learningForms()).ActivityFormPage }),
          },
          { path: 'practice', lazy: async () => ({ Component: (await practiceForms()).PracticePage }) },
          {
            path: 'content',
            lazy: async () => ({ Component: (await contentPages()).ContentLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await contentPages()).LogPage }) },
              { path: 'queue', lazy: async () => ({ Component: (await contentForms()).QueuePage }) },
              { path: 'inbox', lazy: async () => ({ Component: (await contentPages()).InboxPage }) },
              { path: 'feeds', lazy: async () => ({ Component: (await contentForms()).FeedsPage }) },
              { path: 'import', lazy: async () => ({ Component: (await contentForms()).ImportPage }) },
            ],
          },
          {
            path: 'content/new',
            lazy: async () => ({ Component: (await contentForms()).ContentFormPage }),
          },
          {
            path: 'content/:id/edit',
            lazy: async () => ({ Component: (await contentForms()).ContentFormPage }),
          },
          { path: 'network', lazy: async () => ({ Component: (await networkPages()).NetworkPage }) },
          {
            path: 'network/contacts/new',
            lazy: async () => ({ Component: (await networkForms()).ContactFormPage }),
          },
          {
            path: 'network/contacts/:id',
            lazy: async () => ({ Component: (await networkForms()).ContactPage }),
          },
          {
            path: 'network/contacts/:id/edit',
            lazy: async () => ({ Component: (await networkForms()).ContactFormPage }),
          },
          { path: 'network/import', lazy: async () => ({ Component: (await networkForms()).ImportPage }) },
          {
            path: 'network/settings',
            lazy: async () => ({ Component: (await networkForms()).SettingsPage }),
          },
          { path: 'mentoring', lazy: async () => ({ Component: (await mentoringPages()).MentoringPage }) },
          {
            path: 'mentoring/new',
            lazy: async () => ({ Component: (await mentoringForms()).MentorshipFormPage }),
          },
          {
            path: 'mentoring/:id',
            lazy: async () => ({ Component: (await mentoringForms()).MentorshipPage }),
          },
          {
            path: 'mentoring/:id/edit',
            lazy: async () => ({ Component: (await mentoringForms()).MentorshipFormPage }),
          },
          {
            path: 'mentoring/:id/shared',
            lazy: async () => ({ Component: (await mentoringForms()).SharedViewPage }),
          },
          {
            path: 'feedback-requests',
            lazy: async () => ({ Component: (await mentoringPages()).FeedbackLayout }),
            children: [
              { index: true, lazy: async () => ({ Component: (await mentoringPages()).SentPage }) },
              { path: 'inbox', lazy: async () => ({ Component: (await mentoringForms()).InboxPage }) },
            ],
          },
          {
            path: 'feedback-requests/new',
            lazy: async () => ({ Component: (await mentoringForms()).FeedbackFormPage }),
          },
          // The bare /feedback, typed by hand, leads to the feedback pages.
          { path: 'feedback', element: <Navigate to="/feedback-requests" replace /> },
          { path: 'reports', lazy: async () => ({ Component: (await reportPages()).ReportsPage }) },
          { path: 'account', lazy: async () => ({ Component: (await accountPage()).AccountPage }) },
          { path: 'account/data', lazy: async () => ({ Component: (await dataPage()).DataPage }) },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
