import type { InstanceScope } from '../platform/access/access.ts';
import { LoginFailureRepository } from './login-failure.repository.ts';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_ADDRESS = 50;

/** A reserved sign-in attempt, or how long to wait before the next one may be tried. */
export type Reservation = { attemptId: number; retryAfter: 0 } | { attemptId: null; retryAfter: number };

/**
 * Counts failed sign-ins in the database (not in memory) so that several app servers share one
 * count. An attempt is reserved, counted as a failure, before its password is checked, and the
 * reservation is taken under a lock: however many guesses arrive at once, on however many app
 * servers, at most the limit of them are ever checked. Locked-out attempts are not recorded, so a
 * lock ends when the window passes.
 */
export class LoginThrottle {
  private readonly failures: LoginFailureRepository;

  constructor(instance: InstanceScope) {
    this.failures = new LoginFailureRepository(instance);
  }

  /** Reserves one attempt for this e-mail and address, unless either has used up its window. */
  reserve(email: string, ip: string, now: Date): Promise<Reservation> {
    const since = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
    return this.failures.serialized(async (failures) => {
      const [byEmail, byAddress] = await Promise.all([
        failures.timesSince('email', email, since),
        failures.timesSince('ip', ip, since),
      ]);
      const retryAfter = Math.max(
        waitFor(byEmail, MAX_FAILURES_PER_EMAIL, now),
        waitFor(byAddress, MAX_FAILURES_PER_ADDRESS, now),
      );
      if (retryAfter > 0) return { attemptId: null, retryAfter };
      return { attemptId: await failures.insert(email, ip, now.toISOString()), retryAfter: 0 };
    });
  }

  /** The password was right: the reserved attempt was not a failure. */
  release(attemptId: number): Promise<void> {
    return this.failures.delete(attemptId);
  }

  /** A successful sign-in (or a deleted account) clears that e-mail's failures. */
  clear(email: string): Promise<void> {
    return this.failures.deleteForEmail(email);
  }

  /** Forgets failures that no longer count toward any limit. */
  forgetExpired(now: Date): Promise<number> {
    return this.failures.deleteOlderThan(new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString());
  }
}

/** Seconds until allowed again, given the failures in the window (oldest first); 0 when allowed now. */
function waitFor(times: readonly string[], limit: number, now: Date): number {
  if (times.length < limit) return 0;
  // Allowed again once enough of the oldest failures have left the window.
  const releasing = times[times.length - limit]!;
  const until = new Date(releasing).getTime() + THROTTLE_WINDOW_MS;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}
