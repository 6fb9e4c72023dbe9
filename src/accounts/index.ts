// Accounts: sign-up, sign-in, sessions, personal API tokens; and who is asking, for everyone else.
import type { Feature } from '../platform/feature.ts';
import { accountRoutes } from './account.routes.ts';
import { AccountService } from './account.service.ts';
import { accountTableRules } from './account.table.ts';
import { accountMigrations } from './migrations/index.ts';
import { deleteExpiredSessions } from './session.repository.ts';

export { accountsAuthentication } from './authenticate.ts';

const CLEAN_UP_EVERY_MS = 10 * 60 * 1000;

export const accountsFeature: Feature = {
  name: 'accounts',
  tables: accountTableRules,
  migrations: accountMigrations,
  routes: accountRoutes,
  jobs: ({ access, clock, config }) => [
    {
      name: 'forget expired sessions and sign-in failures',
      everyMs: CLEAN_UP_EVERY_MS,
      async run() {
        await deleteExpiredSessions(access.instance, clock.now().toISOString());
        await new AccountService(access, clock, config.openRegistration).forgetExpiredFailures();
      },
    },
  ],
};
