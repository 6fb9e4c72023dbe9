import type { Page } from 'playwright-core';

/** The Slices panel's heading once its goals have loaded: none yet, or how many. */
const SLICES_LOADED = /^(No slices or sub-goals yet|\d+ goals?, by start date)$/;

/**
 * Waits for what a goal page draws after the goal itself, each from a request of its own: the
 * chart, the check-ins, the slices (`slices`: the heading to wait for) and the SMART review. Until
 * then the page is shorter than it ends up, and the check-ins' column ends higher.
 */
export async function goalPageLoaded(page: Page, slices: RegExp = SLICES_LOADED): Promise<void> {
  await page.getByRole('region', { name: 'Progress' }).locator('svg[role="img"]').waitFor();
  await page
    .getByRole('region', { name: 'Check-ins' })
    .getByText(/^\d+ check-ins?, newest first$/)
    .waitFor();
  await page
    .getByRole('region', { name: 'Slices and sub-goals' })
    .getByRole('heading', { level: 3, name: slices })
    .waitFor();
  await page.getByRole('region', { name: 'SMART review' }).locator('.finding').first().waitFor();
}
