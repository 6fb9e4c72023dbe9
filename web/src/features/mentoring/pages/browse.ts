// The mentoring and feedback pages that show (no zod), loaded together on the first visit to any of
// them: the Mentoring page (answering an invitation needs no form), and the Feedback page's frame
// with the requests I sent.
export { FeedbackLayout } from './FeedbackLayout.tsx';
export { MentoringPage } from './MentoringPage.tsx';
export { SentPage } from './SentPage.tsx';
