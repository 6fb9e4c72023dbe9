// The network page that shows (no zod): who is due, and the contacts. Loaded on the first visit to it.
export { NetworkPage } from './NetworkPage.tsx';
