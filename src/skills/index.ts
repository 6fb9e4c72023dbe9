// Skills and target roles: the catalogue of skills and roles (built in, imported from O*NET and
// ESCO, and each person's own), assessments, target roles with their gap and plan, job postings.
import type { Feature } from '../platform/feature.ts';
import { importRoutes } from './import/import.routes.ts';
import { skillMigrations } from './migrations/index.ts';
import { postingRoutes } from './posting.routes.ts';
import { skillRoutes } from './skill.routes.ts';
import { skillTableRules } from './skill.table.ts';

export const skillsFeature: Feature = {
  name: 'skills',
  tables: skillTableRules,
  migrations: skillMigrations,
  routes(app, ctx) {
    skillRoutes(app);
    postingRoutes(app);
    importRoutes(app, ctx);
  },
};
