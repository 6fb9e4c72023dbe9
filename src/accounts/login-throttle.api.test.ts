// Failed sign-ins are limited per e-mail (10 in 15 minutes) and per address (50 in 15 minutes).
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  DIALECTS,
  expectError,
  login,
  manualClock,
  signUp,
  useTestApp,
} from '../../test/harness.ts';

const WINDOW_MS = 15 * 60 * 1000;
const SECOND = 1000;

function retryAfterSeconds(res: Answer): number {
  expectError(res, 429, 'rate_limited');
  const header = String(res.headers['retry-after']);
  expect(header).toMatch(/^\d+$/);
  const seconds = Number(header);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(WINDOW_MS / SECOND);
  return seconds;
}

describe.each(DIALECTS)('sign-in limits on %s', (dialect) => {
  describe('per e-mail', () => {
    const clock = manualClock();
    const t = useTestApp(dialect, { clock });

    it('locks an e-mail after 10 failures, says for how long, and lets it in once that has passed', async () => {
      const victim = await signUp(t.app);
      const bystander = await signUp(t.app);
      for (let i = 0; i < 10; i++) {
        expectError(await login(t.app, victim.user.email, `wrong password ${i}`), 401, 'unauthenticated');
        clock.advance(10 * SECOND);
      }
      // The 11th attempt is refused even with the right password, and in any letter case.
      const locked = await login(t.app, victim.user.email.toUpperCase(), victim.password);
      const wait = retryAfterSeconds(locked);
      expect(locked.cookie).toBeUndefined();

      // The lock is on that e-mail, not on everyone signing in from this address.
      expect((await login(t.app, bystander.user.email, bystander.password)).status).toBe(200);

      // Retry-After is honest: a second early is still too early; at that moment it works.
      clock.advance((wait - 1) * SECOND);
      retryAfterSeconds(await login(t.app, victim.user.email, victim.password));
      clock.advance(SECOND);
      const after = await login(t.app, victim.user.email, victim.password);
      expect(after.status).toBe(200);
      expect(after.json.user.id).toBe(victim.user.id);
    });

    it('opens again after the 15-minute window, even for someone locked out at once', async () => {
      const victim = await signUp(t.app);
      for (let i = 0; i < 10; i++) await login(t.app, victim.user.email, 'wrong password again');
      // All ten failures share one instant: the lock lasts the whole window from then.
      expect(retryAfterSeconds(await login(t.app, victim.user.email, victim.password))).toBe(
        WINDOW_MS / SECOND,
      );
      clock.advance(WINDOW_MS + SECOND);
      expect((await login(t.app, victim.user.email, victim.password)).status).toBe(200);
    });
  });

  describe('per address', () => {
    const clock = manualClock();
    const t = useTestApp(dialect, { clock });

    it('locks an address after 50 failures across e-mails, for every e-mail', async () => {
      const person = await signUp(t.app);
      for (let i = 0; i < 50; i++) {
        const res = await login(t.app, `guess-${i}@example.com`, 'some password');
        expect(res.status).toBe(401);
      }
      // No single e-mail reached its own limit: the address did.
      retryAfterSeconds(await login(t.app, person.user.email, person.password));
      retryAfterSeconds(await login(t.app, 'someone-else@example.com', 'some password'));

      clock.advance(WINDOW_MS + SECOND);
      expect((await login(t.app, person.user.email, person.password)).status).toBe(200);
    });
  });
});
