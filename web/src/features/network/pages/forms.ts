// The network pages with forms, which bring zod (they check forms with the API's own schemas),
// loaded together on the first visit to any of them: a contact's page (its quick "Log an
// interaction" and the timeline's edits), the contact form, the imports and the defaults by role.
export { ContactFormPage } from './ContactFormPage.tsx';
export { ContactPage } from './ContactPage.tsx';
export { ImportPage } from './ImportPage.tsx';
export { SettingsPage } from './SettingsPage.tsx';
