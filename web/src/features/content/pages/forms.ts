// The content pages with forms, which bring zod (they check forms with the API's own schemas),
// loaded together on the first visit to any of them: the queue (marking done), feeds (following,
// OPML), the Goodreads import and the entry form.
export { ContentFormPage } from './ContentFormPage.tsx';
export { FeedsPage } from './FeedsPage.tsx';
export { ImportPage } from './ImportPage.tsx';
export { QueuePage } from './QueuePage.tsx';
