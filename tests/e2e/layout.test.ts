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
});
