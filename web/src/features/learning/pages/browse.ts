// The learning page that shows (no zod): the activities by status. Loaded on the first visit to it.
export { LearningPage } from './LearningPage.tsx';
