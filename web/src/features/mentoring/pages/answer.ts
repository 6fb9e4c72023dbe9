// The public answer page of a feedback link, on its own: someone without an account downloads it
// and nothing of the signed-in pages.
export { FeedbackAnswerPage } from './FeedbackAnswerPage.tsx';
