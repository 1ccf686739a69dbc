/** The embedded map at phone width: legend and credits start folded so the map itself shows. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('the embed at 320 × 480', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts with the legend and the credits folded, and both open on request', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { viewport: { width: 320, height: 480 } });
    expect(await gotoApp(page, '/?embed')).toBe('ready');
    const legend = page.locator('details.legend');
    const credits = page.locator('.maplibregl-ctrl-attrib');
    await credits.waitFor();
    expect(await legend.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    expect(await credits.getAttribute('class')).toMatch(/maplibregl-compact\b/);
    expect(await credits.getAttribute('class')).not.toMatch(/maplibregl-compact-show/);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(false);

    await page.locator('.maplibregl-ctrl-attrib-button').click();
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').textContent()).toContain('Natural Earth');
    await page.getByText('Легенда').click();
    expect(await legend.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('keeps the credits open where the map is wide', async () => {
    const { page } = await openWatchedPage(browser, { viewport: { width: 1200, height: 800 } });
    expect(await gotoApp(page, '/?embed')).toBe('ready');
    await page.locator('.maplibregl-ctrl-attrib-inner').waitFor();
    expect(await page.locator('.maplibregl-ctrl-attrib-inner').isVisible()).toBe(true);
    await page.context().close();
  });
});
