import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser.ts';

// The web's one focus mover after an action (web/src/components/focusWhenDrawn.ts), in Chromium on a
// bare page: the element to focus is drawn at once, late (as a list is after a request's answer),
// never, or after the person has gone elsewhere.

const source = readFileSync(new URL('../web/src/components/focusWhenDrawn.ts', import.meta.url), 'utf8');
const script = transformSync(source, { loader: 'ts', format: 'iife', globalName: 'focusModule' }).code;

declare global {
  interface Window {
    focusModule: typeof import('../web/src/components/focusWhenDrawn.ts');
  }
}

describe('focusWhenDrawn in the browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    await page.setContent(
      '<main><h2 id="heading" tabindex="-1">List</h2><input id="other" aria-label="Other"><ul id="list"></ul></main>',
    );
    await page.addScriptTag({ content: script });
  });

  const focusedId = () => page.evaluate(() => document.activeElement?.id ?? '');
  /** Adds an item with a button of `id` to the list, as a list redrawn after a request does. */
  const draw = (id: string) =>
    page.evaluate((id) => {
      const item = document.createElement('li');
      item.innerHTML = `<button id="${id}">Edit</button>`;
      document.getElementById('list')!.append(item);
    }, id);
  /** Lets `count` frames pass in the page. */
  const frames = (count: number) =>
    page.evaluate(
      (count) =>
        new Promise<void>((resolve) => {
          const next = (left: number) =>
            left === 0 ? resolve() : requestAnimationFrame(() => next(left - 1));
          next(count);
        }),
      count,
    );

  it('focuses an element that is drawn by the next frame', async () => {
    await page.evaluate(() => {
      document.getElementById('list')!.innerHTML = '<li><button id="edit-1">Edit</button></li>';
      window.focusModule.focusWhenDrawn('edit-1');
    });
    await expect.poll(focusedId).toBe('edit-1');
  });

  it('waits for an element drawn many frames later', async () => {
    await page.evaluate(() => window.focusModule.focusWhenDrawn('edit-2', { fallbackId: 'heading' }));
    // Forty frames on, nothing is drawn yet and the focus has not gone to the fallback.
    await frames(40);
    expect(await focusedId()).toBe('');
    await draw('edit-2');
    await expect.poll(focusedId).toBe('edit-2');
  });

  it('takes the first of several ids the page draws', async () => {
    await page.evaluate(() => window.focusModule.focusWhenDrawn([null, 'first', 'second']));
    await frames(2);
    await draw('second');
    await expect.poll(focusedId).toBe('second');
  });

  it('focuses the fallback when nothing is drawn in time', async () => {
    await page.evaluate(() =>
      window.focusModule.focusWhenDrawn('never', { fallbackId: 'heading', waitMs: 300 }),
    );
    await expect.poll(focusedId).toBe('heading');
  });

  it('looks once at the next frame when told not to wait', async () => {
    await page.evaluate(() =>
      window.focusModule.focusWhenDrawn('late', { fallbackId: 'heading', waitMs: 0 }),
    );
    await expect.poll(focusedId).toBe('heading');
    await draw('late');
    await frames(2);
    expect(await focusedId()).toBe('heading');
  });

  it('leaves the focus where the person has gone while it waited', async () => {
    await page.evaluate(() => window.focusModule.focusWhenDrawn('edit-3', { fallbackId: 'heading' }));
    await frames(2);
    await page.getByLabel('Other').click();
    await draw('edit-3');
    // The observer has seen the drawing by the next frame.
    await frames(2);
    expect(await focusedId()).toBe('other');
  });
});
