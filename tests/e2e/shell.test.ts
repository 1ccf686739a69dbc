import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('the app shell in the production build', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches data-state="ready" with every event listed, no page error and no foreign request', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser);
    expect(await gotoApp(page)).toBe('ready');
    expect(await page.locator('[data-event-id]').count()).toBeGreaterThan(0);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('shows a visible error, not a blank page, when the data fails to load', async () => {
    const { page } = await openWatchedPage(browser);
    await page.route(/_virtual_dataset/, (route) => route.abort());
    expect(await gotoApp(page)).toBe('error');
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/The map could not be opened/);
    await page.context().close();
  });
});
