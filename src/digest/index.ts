// The weekly digest by e-mail: on Monday at 08:00 in each person's time zone, what needs
// attention and last week in numbers, sent once per person and week however many app servers
// run; and the unsubscribe link that works without signing in.
import type { Feature } from '../platform/feature.ts';
import { digestRoutes } from './digest.routes.ts';
import { sendDueDigests } from './digest.service.ts';
import { digestTableRules } from './digest.table.ts';
import { UNSUBSCRIBE_PATHS } from './digest.token.ts';
import { digestMigrations } from './migrations/index.ts';

// Mondays 08:00 come every quarter of an hour somewhere (zones such as Asia/Kathmandu are off by
// 45 minutes): every 5 minutes, each digest goes out at most 5 minutes late.
const EVERY_MS = 5 * 60 * 1000;

export const digestFeature: Feature = {
  name: 'digest',
  tables: digestTableRules,
  migrations: digestMigrations,
  routes: digestRoutes,
  secretPaths: UNSUBSCRIBE_PATHS,
  jobs: (ctx) =>
    ctx.mailer === null
      ? []
      : [
          {
            name: 'send the weekly digests due',
            everyMs: EVERY_MS,
            async run() {
              const result = await sendDueDigests(ctx, ctx.clock.now());
              if (result.failed > 0) {
                throw new Error(`${result.failed} weekly digest(s) could not be sent; they are tried again`, {
                  cause: result.firstError,
                });
              }
            },
          },
        ],
};
