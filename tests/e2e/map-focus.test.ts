import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('the map and the detail panel', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('centres the selected event in the part of the map the open detail panel leaves visible', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    await gotoApp(page, '/?event=2025-10-09-dushanbe-tokayev-summit-speech');
    const panel = page.locator('aside.detail');
    await panel.waitFor();
    const selected = page.locator('button[data-place][data-selected="true"]');
    await selected.waitFor({ state: 'attached' });
    // The map settles after the panel has measured itself; poll until the marker stops moving.
    await expect
      .poll(async () => {
        const [marker, panelBox, mapBox] = await Promise.all([selected.boundingBox(), panel.boundingBox(), page.locator('.map-host').boundingBox()]);
        if (!marker || !panelBox || !mapBox) return false;
        const markerX = marker.x + marker.width / 2;
        const visibleCentreX = (mapBox.x + panelBox.x) / 2;
        return Math.abs(markerX - visibleCentreX) < 60;
      }, { timeout: 10_000 })
      .toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
