import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signUpThroughForm } from './support/browser.ts';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server.ts';

// The web app and the API docs in Chromium under their content security policies (no inline
// script or style in the web app; inline styles for Swagger UI): both work, and the browser
// refuses nothing. The files arrive compressed, and the browser reads them.
describe('serving under the content security policy', () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** What the browser refused: its console errors about the policy, and the page's own events. */
  const violations: string[] = [];
  const responses: Response[] = [];
  const url = (path: string) => `${server.baseUrl}${path}`;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    browser = await launchChromium();
    // Sign-up adopts the browser's zone: UTC keeps the test's "today" the server's.
    context = await browser.newContext({ timezoneId: 'UTC' });
    // Runs before the page's own scripts, and is not itself subject to the page's policy.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(
          `securitypolicyviolation: ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} in ${e.sourceFile}:${e.lineNumber}`,
        );
      });
    });
    page = await context.newPage();
    page.on('console', (message) => {
      const text = message.text();
      if (/securitypolicyviolation|Content Security Policy/i.test(text)) violations.push(text);
    });
    page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
    page.on('response', (response) => responses.push(response));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** The answers to requests for paths matching `pattern`, since the test began. */
  const answered = (pattern: RegExp) => responses.filter((r) => pattern.test(new URL(r.url()).pathname));

  it('runs the web app: sign-up, home, the goals list and a goal with its chart and bar', async () => {
    violations.length = 0;
    const response = await page.goto(url('/'));
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    // Not signed in: the app itself (so its script ran) sends the visitor to sign in.
    await page.waitForURL(url('/signin'));
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();

    await signUpThroughForm(page, server.baseUrl, {
      name: 'Margaret Hamilton',
      email: 'margaret@example.com',
      password: 'apollo guidance computer',
    });
    await page.getByRole('heading', { level: 1, name: /, Margaret$/ }).waitFor();

    // A goal with a check-in, made through the API with the page's session.
    const year = new Date().toISOString().slice(0, 4);
    const title = 'Write 100 pages of flight software notes';
    const headers = { origin: server.baseUrl };
    const created = await context.request.post(url('/api/v1/goals'), {
      headers,
      data: {
        title,
        startDate: `${year}-01-01`,
        dueDate: `${year}-12-31`,
        metric: { unit: 'pages', baseline: 0, target: 100, aggregation: 'sum' },
      },
    });
    expect(created.status()).toBe(201);
    const goal = (await created.json()) as { id: string };
    const checkIn = await context.request.post(url(`/api/v1/goals/${goal.id}/check-ins`), {
      headers,
      data: { date: new Date().toISOString().slice(0, 10), value: 40 },
    });
    expect(checkIn.status()).toBe(201);

    // The list draws each goal's progress bar: its width is a `style` prop, set through the CSSOM
    // (which the policy allows), its look comes from the stylesheet (which the policy must allow).
    await page.goto(url('/goals'));
    await page.getByRole('link', { name: title }).first().waitFor();
    const fill = page.locator('.progress__fill').first();
    await fill.waitFor({ state: 'attached' });
    expect(
      await fill.evaluate((el: HTMLElement) => ({
        width: el.style.width,
        display: getComputedStyle(el).display,
        drawn: el.getBoundingClientRect().width > 0,
      })),
    ).toEqual({ width: '40%', display: 'block', drawn: true });
    await page.goto(url(`/goals/${goal.id}`));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const progress = page.getByRole('region', { name: 'Progress' });
    await progress.locator('svg[role="img"]').waitFor();

    expect(violations).toEqual([]);
    // The bundles came compressed (Chromium accepts gzip and brotli), and ran.
    for (const asset of [
      ...answered(/^\/assets\/index-[\w-]+\.js$/),
      ...answered(/^\/assets\/index-[\w-]+\.css$/),
    ]) {
      expect(asset.status(), asset.url()).toBe(200);
      expect(['br', 'gzip'], asset.url()).toContain(asset.headers()['content-encoding']);
    }
    expect(answered(/^\/assets\/index-[\w-]+\.js$/)).not.toHaveLength(0);
  });

  it('runs the API docs: Swagger UI lists every operation and opens one', async () => {
    violations.length = 0;
    const spec = (await (await context.request.get(url('/api/v1/openapi.json'))).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const methods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
    const operations = Object.values(spec.paths).reduce(
      (n, item) => n + Object.keys(item).filter((key) => methods.includes(key)).length,
      0,
    );
    expect(operations).toBeGreaterThan(10);

    const response = await page.goto(url('/api/docs/'));
    expect(response?.headers()['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    await page.locator('.swagger-ui .opblock').first().waitFor();
    // From 150 rows (tags and operations) on, Swagger UI draws only the rows in view: scroll the
    // whole page, collecting every operation drawn on the way, until each has been seen.
    const scrollTo = async (top: number) => {
      await page.evaluate((y) => window.scrollTo(0, y), top);
      // Two frames: the scroll event's update, then its drawing.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
    };
    const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
    const seen = new Set<string>();
    const scrollThrough = async () => {
      const height = await pageHeight();
      for (let top = 0; top <= height; top += 300) {
        await scrollTo(top);
        for (const id of await page
          .locator('.swagger-ui .opblock')
          .evaluateAll((els) => els.map((el) => el.id)))
          seen.add(id);
      }
      return seen.size;
    };
    await expect.poll(scrollThrough, { timeout: 30_000 }).toBe(operations);
    await scrollTo(0);
    await page.getByText('Trellis API').first().waitFor();

    // Opening an operation renders its parameters and responses (styled inline by Swagger UI).
    const list = page.locator('.opblock-get').filter({ hasText: '/api/v1/goals/{id}/progress' }).first();
    for (let top = 0; (await list.count()) === 0 && top <= (await pageHeight()); top += 300)
      await scrollTo(top);
    await list.locator('.opblock-summary').click();
    await list.locator('.opblock-body').waitFor();
    await list.getByText('Responses').first().waitFor();

    expect(violations).toEqual([]);
    const bundle = answered(/^\/api\/docs\/static\/swagger-ui-bundle\.js$/);
    expect(bundle).toHaveLength(1);
    expect(bundle[0]!.headers()['cache-control']).toBe('public, max-age=86400');
    expect(['br', 'gzip']).toContain(bundle[0]!.headers()['content-encoding']);
  });
});
