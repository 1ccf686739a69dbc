import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('the Share / Embed dialog', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers the link, the iframe code and the one-line script of the current view, and copies them', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await gotoApp(page, '/?country=KAZ&type=summit&lang=en');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });

    const fields = dialog.locator('textarea');
    expect(await fields.count()).toBe(3);
    const [link, iframe, script] = await Promise.all([0, 1, 2].map((index) => fields.nth(index).inputValue()));
    const origin = baseUrl();
    expect(link).toContain(`${origin}/?`);
    expect(new URL(link).searchParams.get('country')).toBe('KAZ');
    expect(new URL(link).searchParams.get('type')).toBe('summit');
    expect(iframe).toMatch(new RegExp(`^<iframe [^>]*src="${origin}/\\?embed[^"]*country=KAZ`));
    expect(iframe).toContain('title=');
    expect(script).toContain(`data-relations-map="?`);
    expect(script).toContain(`<script src="${origin}/embed.js" async></script>`);

    await dialog.getByRole('button', { name: 'Copy' }).first().click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(link);
    await expect(dialog.getByRole('status').first().textContent()).resolves.not.toBe('');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
