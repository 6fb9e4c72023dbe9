import type { Config } from '../config.ts';
import type { Access } from './access/access.ts';
import type { Clock } from './clock.ts';
import type { Mailer } from './mail.ts';

/**
 * What a feature is given: configuration, the clock, the access module that makes scopes, and the
 * mailer (null when mail is off).
 */
export interface AppContext {
  config: Config;
  clock: Clock;
  access: Access;
  version: string;
  mailer: Mailer | null;
}
