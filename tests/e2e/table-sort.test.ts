/** The table's order lives in the address: a copied link or a reload shows the same order. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('the table order in the address', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes the sorted column and direction and reopens them from the link', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?view=table&country=TKM')).toBe('ready');
    const header = page.getByRole('button', { name: /Название/ });
    await header.click();
    await header.click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('sort'))).toBe('-title');
    const order = await page.$$eval('tbody tr[data-event-id]', (rows) => rows.map((row) => row.getAttribute('data-event-id')));
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Название');

    const reopened = await page.context().newPage();
    expect(await gotoApp(reopened, '/?view=table&country=TKM&sort=-title')).toBe('ready');
    expect(await reopened.$$eval('tbody tr[data-event-id]', (rows) => rows.map((row) => row.getAttribute('data-event-id')))).toEqual(order);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
