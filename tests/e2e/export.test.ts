import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('PNG export and the printed handout', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("downloads the current map as a PNG at twice the screen's pixels, with room for the title above and the key and attribution below", async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { acceptDownloads: true });
    expect(await gotoApp(page, '/?country=KAZ&type=summit')).toBe('ready');
    const canvas = await page.locator('.map-host canvas.maplibregl-canvas').evaluate((element: HTMLCanvasElement) => ({ width: element.width, height: element.height }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать PNG' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    const size = pngSize(readFileSync((await download.path())!));
    expect(size.width).toBe(canvas.width * 2);
    expect(size.height).toBeGreaterThan(canvas.height * 2 + 120);
    // The screen keeps its own resolution once the picture is taken.
    expect(await page.locator('.map-host canvas.maplibregl-canvas').evaluate((element: HTMLCanvasElement) => element.width)).toBe(canvas.width);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('prints a handout: title, a picture of the map, the chronology with sources, and no controls', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, '/?country=TJK&type=summit');
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const picture = page.locator('.print-map img');
    await picture.waitFor();
    expect(await picture.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 100)).toBe(true);
    expect(await picture.isVisible()).toBe(true);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(await page.locator('.map-area').isVisible()).toBe(false);
    const items = page.locator('.list-area li[data-event-id]');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await items.first().isVisible()).toBe(true);
    expect(await items.first().locator('.sources a').count()).toBeGreaterThan(0);
    // Paper keeps what a link cannot: the addresses to type, the filters in words, the key, credits and licence.
    const firstSource = await items.first().locator('.sources a').first().getAttribute('href');
    expect(await items.first().locator('.sources .address').first().textContent()).toBe(firstSource!.replace(/^https?:\/\//, '').replace(/^www\./, ''));
    expect(await items.first().locator('.sources .address').first().isVisible()).toBe(true);
    const listText = (await page.locator('.list-area').textContent()) ?? '';
    expect(listText).toContain('Таджикистан');
    expect(listText).toContain('Многосторонний саммит');
    expect(await page.locator('.list-area .legend li').count()).toBe(6);
    expect(await page.locator('.list-area .credits').textContent()).toContain('CC BY 4.0');
    const visibleControls = await page.evaluate(
      () => [...document.querySelectorAll('button, select, input')].filter((element) => (element as HTMLElement).offsetParent !== null).length,
    );
    expect(visibleControls).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    expect(await page.locator('.print-map img').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
