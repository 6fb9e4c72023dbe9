// The skills pages with forms, which bring zod (they check forms with the API's own schemas),
// loaded together on the first visit to any of them.
export { AssessPage } from './AssessPage.tsx';
export { PostingPage } from './PostingPage.tsx';
export { RoleEditPage } from './RoleEditPage.tsx';
