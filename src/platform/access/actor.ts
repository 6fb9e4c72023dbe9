import type { DigestChoice } from '../../../shared/accounts/account.schema.ts';

/** Who is asking: a signed-in person, as the authenticating feature resolved them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'member';
  /** The person's IANA time zone, which decides what "today" is for them. */
  timeZone: string;
  /** Kept with the rest of the account, so `/auth/me` answers it without another query. */
  digest: DigestChoice;
  createdAt: string;
  updatedAt: string;
  /** How they proved it; a session id when by cookie. */
  via: 'session' | 'token' | 'console';
  sessionId: string | null;
}
