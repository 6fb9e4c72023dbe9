import type { TableRule } from '../platform/access/rules.ts';

/**
 * One row per person and week whose digest an app server took on: the once-only rule. The row is
 * claimed (inserted) before anything is sent, and (user_id, week) is unique, so of several app
 * servers one sends, and a restart finds the week taken.
 */
export interface DigestSendTable {
  user_id: string;
  /** The week's Monday in the person's calendar, `YYYY-MM-DD`. */
  week: string;
  claimed_at: string;
  /** When the SMTP server accepted the digest; null while sending, and when there was nothing to say. */
  sent_at: string | null;
}

export interface DigestTables {
  digest_sends: DigestSendTable;
}

declare module '../platform/db/tables.ts' {
  interface Tables extends DigestTables {}
}

/** The instance's record of digests: no person reads it, the scheduler alone writes it. */
export const digestTableRules = {
  digest_sends: { kind: 'instance' },
} as const satisfies Record<keyof DigestTables, TableRule>;
