// The learning pages with forms, which bring zod (they check forms with the API's own schemas),
// loaded together on the first visit to any of them: an activity's page (its quick time log) and
// the form to add or change one.
export { ActivityFormPage } from './ActivityFormPage.tsx';
export { ActivityPage } from './ActivityPage.tsx';
