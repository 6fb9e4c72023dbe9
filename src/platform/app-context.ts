import type { AccountService } from '../accounts/account.service.ts';
import type { Config } from '../config.ts';
import type { Clock } from './clock.ts';
import type { Database } from './db/database.ts';

/** What feature routes are given: configuration, the database, the clock and shared services. */
export interface AppContext {
  config: Config;
  database: Database;
  clock: Clock;
  accounts: AccountService;
  version: string;
}
