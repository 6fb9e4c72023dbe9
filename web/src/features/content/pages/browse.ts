// The content pages that show things (no zod), loaded together on the first visit to any of them:
// the Content page's frame, its log and its inbox.
export { ContentLayout } from './ContentLayout.tsx';
export { InboxPage } from './InboxPage.tsx';
export { LogPage } from './LogPage.tsx';
