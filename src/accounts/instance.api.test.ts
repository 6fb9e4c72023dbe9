// GET /api/v1/instance tells the web app whether e-mail goes out, on both databases.
import { describe, expect, it } from 'vitest';
import { call, DIALECTS, useTestApp } from '../../test/harness.ts';

describe.each(DIALECTS)('the instance facts on %s', (dialect) => {
  describe('with mail off', () => {
    const t = useTestApp(dialect);
    it('say mail is off', async () => {
      const res = await call(t.app, { url: '/api/v1/instance' });
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject({ mail: false });
    });
  });

  describe('with SMTP_URL and TRELLIS_MAIL_FROM', () => {
    // Nothing is sent here, so no SMTP server needs to listen at the address.
    const t = useTestApp(dialect, {
      env: { SMTP_URL: 'smtp://127.0.0.1:2525', TRELLIS_MAIL_FROM: 'Trellis <trellis@example.com>' },
    });
    it('say mail is on', async () => {
      const res = await call(t.app, { url: '/api/v1/instance' });
      expect(res.json).toEqual({
        openRegistration: true,
        hasUsers: false,
        version: expect.any(String),
        mail: true,
      });
    });
  });
});
