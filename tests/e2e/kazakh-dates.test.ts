import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { KAZAKH_MONTHS } from '../../src/lib/time/kazakhDateFormat.ts';

// Chromium's Intl has no Kazakh calendar data ("2025 M10 9"): these checks run where it matters.
describe('Kazakh dates in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the table writes Kazakh month names, never month numbers', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?lang=kk&view=table')).toBe('ready');
    const dates = await page.locator('td.date').allTextContents();
    expect(dates.length).toBeGreaterThan(10);
    expect(dates.filter((date) => /M\d/.test(date))).toEqual([]);
    const named = dates.filter((date) => KAZAKH_MONTHS.some((month) => date.includes(month)));
    expect(named.length).toBeGreaterThan(dates.length / 2);
    expect(named.every((date) => /^\d{4} ж\. /.test(date))).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('the timeline axis has no "M10"-style labels', async () => {
    const { page } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?lang=kk')).toBe('ready');
    const labels = await page.locator('.timeline .axis text').allTextContents();
    expect(labels.length).toBeGreaterThan(2);
    expect(labels.filter((label) => /M\d/.test(label))).toEqual([]);
    await page.context().close();
  });
});
