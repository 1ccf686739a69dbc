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

  it("lets a journalist give the embed a title, a description, notes and a source, sized by a preset and previewed live", async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, '/?country=UZB&lang=en');
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('[data-caption="title"]').fill('Russia and Uzbekistan since 2000');
    await dialog.locator('[data-caption="notes"]').fill('Leader-level contacts only.');
    await dialog.getByLabel('360 px (phone)').check();
    const iframeCode = dialog.locator('textarea').nth(1);
    await expect.poll(() => iframeCode.inputValue()).toContain('width="360"');
    const code = await iframeCode.inputValue();
    const src = code.match(/src="([^"]+)"/)![1].replaceAll('&amp;', '&');
    expect(new URL(src).searchParams.get('title')).toBe('Russia and Uzbekistan since 2000');
    // The link to the full map stays free of the embed's words.
    expect(new URL(await dialog.locator('textarea').first().inputValue()).searchParams.get('title')).toBeNull();

    const preview = dialog.locator('.preview iframe');
    await preview.waitFor({ timeout: 10_000 });
    const frame = (await preview.elementHandle())!.contentFrame();
    const previewFrame = (await frame)!;
    await previewFrame.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    expect(await previewFrame.locator('.embed-header h1').textContent()).toBe('Russia and Uzbekistan since 2000');
    expect(await previewFrame.locator('.embed-footer .notes').textContent()).toBe('Leader-level contacts only.');
    expect(await previewFrame.locator('.embed-footer a').getAttribute('href')).toBe('data/events.csv');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

