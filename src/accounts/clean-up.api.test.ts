// The periodic clean-up forgets sessions that have run out and sign-in failures that no longer
// count, for every person at once.
import { describe, expect, it } from 'vitest';
import { DIALECTS, login, manualClock, signUp, useTestApp } from '../../test/harness.ts';
import { SESSION_TTL_MS } from './account.service.ts';
import { THROTTLE_WINDOW_MS } from './login-throttle.ts';

describe.each(DIALECTS)('the clean-up job on %s', (dialect) => {
  const clock = manualClock('2027-05-15T12:00:00.000Z');
  const t = useTestApp(dialect, { clock });
  const runJobs = async () => {
    for (const job of t.app.jobs) await job.run();
  };

  it('deletes expired sessions and old failures, and keeps the rest', async () => {
    const early = await signUp(t.app);
    await login(t.app, early.user.email, 'a wrong guess');
    clock.advance(THROTTLE_WINDOW_MS + 1_000);
    const late = await signUp(t.app);
    await login(t.app, late.user.email, 'another wrong guess');
    await runJobs();
    // The first failure left the window 1 s ago; the second is still counted.
    expect(await t.rows('select email from login_failures')).toEqual([{ email: late.user.email }]);

    // Thirty days after the first sign-up its session has run out; the second's has not.
    clock.advance(SESSION_TTL_MS - THROTTLE_WINDOW_MS);
    await runJobs();
    const sessions = await t.rows<{ owner_id: string }>('select owner_id from sessions');
    expect(sessions).toEqual([{ owner_id: late.user.id }]);
  });
});
