/**
 * What a reader sees first, at the widths people use: no view scrolls sideways, and the first map
 * names all six states.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const someEvent = shippedDataset().events.find((event) => event.participants.includes('UZB'))!;
const VIEWS = ['/', '/?view=table', '/?view=about', `/?event=${someEvent.id}`];

describe('layout at the widths readers use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [320, 390, 1440]) {
    it(`scrolls no view sideways at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 860 } });
      const page = await context.newPage();
      for (const path of VIEWS) {
        expect(await gotoApp(page, path), path).toBe('ready');
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(innerWidth);
      }
      await context.close();
    });
  }

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ]) {
    it(`names all six states on the first map at ${width} × ${height}`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      expect(await gotoApp(page, '/')).toBe('ready');
      const names = page.locator('.relations-map');
      await expect.poll(() => names.getAttribute('data-drawn-country-names'), { timeout: 15_000 }).toBe('KAZ,KGZ,RUS,TJK,TKM,UZB');
      await context.close();
    });
  }

  it('keeps the filters to one row above the map on a phone: the count beside the button that unfolds them, a reset only once something is filtered', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    expect(await gotoApp(page, '/')).toBe('ready');
    const count = page.locator('.filters > p.count');
    const fold = page.locator('.filters > .heading > .fold');
    const [countBox, foldBox] = [await count.boundingBox(), await fold.boundingBox()];
    // Side by side: the two overlap vertically, the count to the left.
    expect(countBox!.y).toBeLessThan(foldBox!.y + foldBox!.height);
    expect(foldBox!.y).toBeLessThan(countBox!.y + countBox!.height);
    expect(countBox!.x + countBox!.width).toBeLessThanOrEqual(foldBox!.x);
    expect(await page.locator('.filters .reset').isVisible()).toBe(false);
    // The heading is still there for screen readers.
    expect(await page.getByRole('heading', { name: 'Фильтры' }).count()).toBe(1);
    const mapTop = (await page.locator('.map-area').boundingBox())!.y;
    expect(mapTop).toBeLessThan(844 * 0.45);

    expect(await gotoApp(page, '/?country=UZB')).toBe('ready');
    await page.locator('.filters .reset').click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).has('country'))).toBe(false);
    expect(await page.locator('.filters .reset').isVisible()).toBe(false);
    await context.close();
  });
});
