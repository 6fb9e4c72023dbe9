// The skills pages that show things (no zod), loaded together on the first visit to any of them:
// they are visited together (Skills → a target → its role → the roles), and one chunk keeps the
// shared chunks of the first download as they were (one chunk per page split them, +1.5 KiB gzip).
export { RolePage } from './RolePage.tsx';
export { RolesPage } from './RolesPage.tsx';
export { SkillsPage } from './SkillsPage.tsx';
export { TargetPage } from './TargetPage.tsx';
