// The practice capability's page that shows (no zod): a skill's page, with its level, its ledger row
// and the learning and practice on it. It lives here rather than in skills/ because it is the
// ledger's view of one skill, and reads the learning and practice logs.
export { SkillPage } from './SkillPage.tsx';
