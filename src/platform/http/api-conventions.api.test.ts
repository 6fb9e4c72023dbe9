// What every endpoint shares: body parsing and validation, the error shape, health, and the API docs.
import { describe, expect, it } from 'vitest';
import {
  type Answer,
  call,
  DIALECTS,
  expectError,
  expectInvalid,
  issuePaths,
  signUp,
  type TestAppHandle,
  useTestApp,
} from '../../../test/harness.ts';

const PASSWORD = 'a long enough password';

async function raw(t: TestAppHandle, url: string, payload: string, contentType: string): Promise<Answer> {
  const res = await t.app.inject({
    method: 'POST',
    url,
    headers: { host: 'localhost:80', 'content-type': contentType },
    payload,
  });
  return { status: res.statusCode, json: JSON.parse(res.body), headers: res.headers, cookie: undefined };
}

const register = (t: TestAppHandle, body: unknown) =>
  call(t.app, { method: 'POST', url: '/api/v1/auth/register', body });

describe.each(DIALECTS)('API conventions on %s', (dialect) => {
  describe('on a new instance', () => {
    const t = useTestApp(dialect);

    it('writes nothing for a rejected request: the first valid sign-up still becomes admin', async () => {
      const bad = await register(t, { email: 'first@example.com', name: 'First', password: 'short' });
      expectError(bad, 400, 'validation_failed');
      expect((await call(t.app, { url: '/api/v1/instance' })).json.hasUsers).toBe(false);
      const good = await register(t, { email: 'first@example.com', name: 'First', password: PASSWORD });
      expect(good.status).toBe(201);
      expect(good.json.user.role).toBe('admin');
    });
  });

  describe('on a running instance', () => {
    const t = useTestApp(dialect);

    it('answers malformed JSON with a 400 about the body', async () => {
      const res = await raw(t, '/api/v1/auth/login', '{"email": "a@example.com", ', 'application/json');
      expectError(res, 400, 'validation_failed');
      expect(res.json.error.issues[0].path).toBe('body');
    });

    it('refuses a prototype-polluting key as invalid JSON', async () => {
      const body = `{"email": "p@example.com", "name": "P", "password": "${PASSWORD}", "__proto__": {"role": "admin"}}`;
      const res = await raw(t, '/api/v1/auth/register', body, 'application/json');
      expectInvalid(res, 'body');
    });

    it('names a field of the wrong type', async () => {
      const res = await register(t, { email: 5, name: 'Typed', password: PASSWORD });
      expectInvalid(res, 'email');
    });

    it('names each unknown field by its own path', async () => {
      const res = await register(t, {
        email: 'extra@example.com',
        name: 'Extra',
        password: PASSWORD,
        role: 'admin',
        isAdmin: true,
      });
      expectError(res, 400, 'validation_failed');
      expect(issuePaths(res).sort()).toEqual(['isAdmin', 'role']);
    });

    it('answers a body over 1 MiB with 413', async () => {
      const body = JSON.stringify({ email: 'big@example.com', password: 'x'.repeat(1024 * 1024) });
      const res = await raw(t, '/api/v1/auth/login', body, 'application/json');
      expectError(res, 413, 'payload_too_large');
    });

    it('answers a body that is not JSON with 415', async () => {
      const res = await raw(t, '/api/v1/auth/login', 'email=a@example.com', 'text/plain');
      expectError(res, 415, 'unsupported_media_type');
      const form = await raw(t, '/api/v1/auth/login', 'email=a', 'application/x-www-form-urlencoded');
      expectError(form, 415, 'unsupported_media_type');
    });

    it('answers an unknown API path with a JSON 404', async () => {
      expectError(await call(t.app, { url: '/api/v1/whatever' }), 404, 'not_found');
      expectError(await call(t.app, { method: 'POST', url: '/api/v1/whatever', body: {} }), 404, 'not_found');
      // A known path with a method it does not have is not found either.
      expectError(await call(t.app, { method: 'PUT', url: '/api/v1/tokens', body: {} }), 404, 'not_found');
    });

    it('gives every error a request id that matches the x-request-id header', async () => {
      const a = await call(t.app, { url: '/api/v1/auth/me' });
      const b = await call(t.app, { url: '/api/v1/auth/me' });
      expectError(a, 401, 'unauthenticated');
      expectError(b, 401, 'unauthenticated');
      expect(a.json.error.requestId).not.toBe(b.json.error.requestId);
      // Successes carry the header too.
      expect((await call(t.app, { url: '/healthz' })).headers['x-request-id']).toBeTruthy();
    });

    it('refuses a body on an endpoint that takes none', async () => {
      const { cookie } = await signUp(t.app);
      const res = await call(t.app, {
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookie,
        body: { all: true },
      });
      expectInvalid(res, 'body');
      expect((await call(t.app, { url: '/api/v1/auth/me', cookie })).status).toBe(200);
    });

    it('changes nothing when one field of a PATCH is invalid', async () => {
      const { cookie } = await signUp(t.app, { name: 'Before' });
      const res = await call(t.app, {
        method: 'PATCH',
        url: '/api/v1/auth/me',
        cookie,
        body: { name: 'After', timezone: 'Mars/Olympus' },
      });
      expectInvalid(res, 'timezone');
      const me = await call(t.app, { url: '/api/v1/auth/me', cookie });
      expect(me.json.user).toMatchObject({ name: 'Before', timezone: 'UTC' });
    });

    it('reports health and readiness with the database dialect', async () => {
      const health = await call(t.app, { url: '/healthz' });
      expect(health.status).toBe(200);
      expect(health.json).toEqual({ status: 'ok' });
      const ready = await call(t.app, { url: '/readyz' });
      expect(ready.status).toBe(200);
      expect(ready.json).toEqual({ status: 'ok', database: dialect });
    });

    it('publishes an OpenAPI 3.1 document built from the contracts', async () => {
      const res = await call(t.app, { url: '/api/v1/openapi.json' });
      expect(res.status).toBe(200);
      const doc = res.json;
      expect(doc.openapi).toMatch(/^3\.1/);
      expect(doc.paths['/api/v1/auth/register'].post).toBeDefined();
      const revoke = doc.paths['/api/v1/tokens/{id}'].delete;
      expect(revoke.parameters).toEqual([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
      ]);
      expect(Object.keys(doc.paths).some((p) => p.includes(':'))).toBe(false);

      const bodies: { op: string; schema: { additionalProperties?: unknown } }[] = [];
      type Operation = {
        requestBody?: { content?: Record<string, { schema?: { additionalProperties?: unknown } }> };
      };
      for (const [path, operations] of Object.entries<Record<string, Operation>>(doc.paths)) {
        for (const [method, op] of Object.entries(operations)) {
          const schema = op.requestBody?.content?.['application/json']?.schema;
          if (schema) bodies.push({ op: `${method} ${path}`, schema });
        }
      }
      expect(bodies.map((b) => b.op)).toContain('post /api/v1/auth/register');
      for (const body of bodies)
        expect({ op: body.op, extra: body.schema.additionalProperties }).toEqual({
          op: body.op,
          extra: false,
        });
      const register = doc.paths['/api/v1/auth/register'].post.requestBody.content['application/json'].schema;
      expect(register.required.sort()).toEqual(['email', 'name', 'password']);

      // Each answer in the media types it comes in: JSON unless a contract names others.
      const answered = (path: string, method = 'get') =>
        Object.keys(doc.paths[path][method].responses['200'].content);
      expect(answered('/api/v1/goals')).toEqual(['application/json']);
      expect(answered('/api/v1/export/goals.csv')).toEqual(['text/csv']);
      expect(answered('/calendar/{token}.ics')).toEqual(['text/calendar']);
      expect(answered('/api/v1/reports')).toEqual([
        'application/json',
        'text/markdown',
        'text/csv',
        'application/pdf',
      ]);
    });

    it('serves the API docs as HTML', async () => {
      let res = await t.app.inject({ method: 'GET', url: '/api/docs' });
      for (let hops = 0; hops < 3 && res.statusCode >= 300 && res.statusCode < 400; hops++) {
        const location = new URL(String(res.headers.location), 'http://localhost/api/docs');
        res = await t.app.inject({ method: 'GET', url: location.pathname + location.search });
      }
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-type'])).toMatch(/^text\/html/);
      expect(res.body.toLowerCase()).toContain('<html');
    });
  });
});
