// The mentoring and feedback pages with forms, which bring zod (they check forms with the API's own
// schemas), loaded together on the first visit to any of them: the mentorship form, a mentorship's
// page (sessions, action items), the shared view (comments, assessments), asking for feedback and
// answering from the inbox.
export { FeedbackFormPage } from './FeedbackFormPage.tsx';
export { InboxPage } from './InboxPage.tsx';
export { MentorshipFormPage } from './MentorshipFormPage.tsx';
export { MentorshipPage } from './MentorshipPage.tsx';
export { SharedViewPage } from './SharedViewPage.tsx';
