import type { Config } from '../config.ts';
import type { Access } from './access/access.ts';
import type { Clock } from './clock.ts';

/** What a feature is given: configuration, the clock, and the access module that makes scopes. */
export interface AppContext {
  config: Config;
  clock: Clock;
  access: Access;
  version: string;
}
