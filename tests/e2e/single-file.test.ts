import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';

/** `npm run build:single` writes dist-single/ (npm test builds it); E2E_SINGLE_DIST points elsewhere. */
const singleFile = resolve(import.meta.dirname, '../..', process.env.E2E_SINGLE_DIST ?? 'dist-single', 'index.html');

describe('the single-file build, opened from a file with no server', () => {
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(singleFile)) throw new Error(`${singleFile} is missing: run "npm run build:single" first (npm test does).`);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is one HTML file with nothing beside it', () => {
    expect(readdirSync(dirname(singleFile))).toEqual(['index.html']);
  });

  it('draws the map with WebGL from file://, requesting nothing but file:, data: and blob: URLs', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    context.on('request', (request) => requests.push(request.url()));
    await page.goto(`${pathToFileURL(singleFile).href}?country=KAZ&lang=kk`);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    expect(await page.locator('.map-host').getAttribute('data-renderer')).toBe('webgl');
    expect(await page.locator('.map-host canvas.maplibregl-canvas').count()).toBe(1);
    expect(Number(await page.locator('.map-host').getAttribute('data-place-count'))).toBeGreaterThan(0);
    // The link's state applies as on the web: Kazakh, filtered to Kazakhstan.
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    // Every script and style is inside the page.
    expect(await page.locator('script[src], link[rel="stylesheet"], link[rel="modulepreload"]').count()).toBe(0);
    // Fonts are inside the page too: the Kazakh letters draw in Noto Sans, not a fallback.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'ҚҒҢӨҰҮӘ'))).toBe(true);
    expect(requests.filter((url) => !/^(file|data|blob):/.test(url))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it("offers no link, embed code or QR code that a student's phone could not open, and says why", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(singleFile).href}?lang=en`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    await page.getByRole('button', { name: 'Share' }).click();
    const dialog = page.locator('dialog.share');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('textarea').count()).toBe(0);
    expect(await dialog.textContent()).toContain('opened from a file');
    expect(await dialog.textContent()).not.toContain('file://');
    await page.keyboard.press('Escape');
    await page.goto(`${pathToFileURL(singleFile).href}?lang=en&story=astana-2022-to-dushanbe-2025`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    await expect.poll(() => page.locator('.presenter').isVisible()).toBe(true);
    expect(await page.locator('.presenter .qr').count()).toBe(0);
    expect(await page.locator('.presenter .qr-offline').textContent()).toContain('opened from a file');
    await context.close();
  });

  it('lets a teacher write a lesson from the file, present it, save it as a file and open that file again', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${pathToFileURL(singleFile).href}?lang=ru`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    await page.locator('.stories summary').click();
    await page.locator('[data-lesson-new]').click();
    await page.locator('.lesson-author').waitFor();
    await page.locator('[data-lesson-title]').fill('Урок с флешки');
    const picker = page.locator('.lesson-author select');
    for (const index of [1, 2]) {
      await picker.selectOption({ index });
      await page.locator('.lesson-author button', { hasText: /Добавить инициативу/ }).click();
    }
    await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-lesson-download]').click()]);
    const saved = (await download.path())!;
    await page.locator('[data-lesson-present]').click();
    await expect.poll(() => page.locator('[data-story-step]').getAttribute('data-story-step')).toBe('1/2');
    await page.keyboard.press('Escape');

    // A fresh start from the same file opens the saved lesson.
    const again = await context.newPage();
    await again.goto(pathToFileURL(singleFile).href);
    await again.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    await again.locator('.stories summary').click();
    await again.locator('[data-lesson-new]').click();
    await again.locator('[data-story-file]').setInputFiles(saved);
    await expect.poll(() => again.locator('[data-lesson-title]').inputValue()).toBe('Урок с флешки');
    expect(await again.locator('[data-lesson-step]').count()).toBe(2);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

