import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataFiles, todayIso } from '../../scripts/readDataFiles.ts';
import { validateDataset } from '../../src/lib/data/validateDataset.ts';
import { groupEventsByPlace } from '../../src/lib/geo/eventPlaces.ts';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

const root = join(import.meta.dirname, '../..');
const screenshots = join(root, 'tests/e2e/screenshots');
mkdirSync(screenshots, { recursive: true });

/** Distinct places of every event: the first view shows the whole dataset. */
function expectedPlaceCount(): number {
  const { dataset } = validateDataset(readDataFiles(process.env.RELATIONS_DATA_ROOT ?? root), todayIso());
  if (!dataset) throw new Error('the data the app was built on is invalid');
  return groupEventsByPlace(dataset.events).length;
}

/** Waits until the WebGL map has drawn its markers after the last change. */
async function waitForDrawnMarkers(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const drawn = Number(document.querySelector<HTMLElement>('.relations-map')?.dataset.drawnPlaces ?? 0);
    return drawn > 0 && document.querySelector('.relations-map')?.getAttribute('data-context') === 'ok';
  });
}

describe('the relations map (WebGL)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches ready with data-renderer="webgl", one marker per event place, no foreign request and no page error', async () => {
    const { page, pageErrors, foreignRequests, cspViolations } = await openWatchedPage(browser);
    expect(await gotoApp(page)).toBe('ready');
    const host = page.locator('.map-host');
    expect(await host.getAttribute('data-renderer')).toBe('webgl');
    expect(Number(await host.getAttribute('data-place-count'))).toBe(expectedPlaceCount());
    await waitForDrawnMarkers(page);
    // Every place inside the view is drawn as exactly one marker (none hidden by collisions, none doubled).
    const drawn = Number(await page.locator('.relations-map').getAttribute('data-drawn-places'));
    const inView = Number(await page.locator('.hit-targets').getAttribute('data-places-in-view'));
    expect(drawn).toBe(inView);
    expect(inView).toBeGreaterThan(0);
    await page.locator('.map-area').screenshot({ path: join(screenshots, 'map-webgl.png') });
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it('selects an event when its marker is clicked: the marker is ringed and the event opens', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page);
    await waitForDrawnMarkers(page);
    // The smallest markers lie on top; the last single-event one is never covered by another.
    const marker = page.locator('.hit-targets [data-event-count="1"]').last();
    const place = await marker.getAttribute('data-place');
    const [title] = ((await marker.getAttribute('aria-label')) ?? '').split(', ');
    await marker.click();
    await expect.poll(() => page.locator(`.hit-targets [data-place="${place}"]`).getAttribute('data-selected')).toBe('true');
    await expect.poll(() => page.getByRole('heading', { name: title }).count()).toBeGreaterThan(0);
    await page.locator('.map-area').screenshot({ path: join(screenshots, 'map-webgl-selected.png') });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('lists the events of a place that holds several when chosen with the keyboard, and selects the one picked', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page);
    await waitForDrawnMarkers(page);
    const busiest = page.locator('.hit-targets button').first();
    const count = Number(await busiest.getAttribute('data-event-count'));
    expect(count).toBeGreaterThan(1);
    // Another marker may overlap the busiest one; the keyboard reaches it whatever lies on top.
    await busiest.focus();
    await page.keyboard.press('Enter');
    const choices = page.locator('.maplibregl-popup [data-choose-event]');
    await expect.poll(() => choices.count()).toBe(count);
    const chosen = await choices.nth(1).getAttribute('data-choose-event');
    await choices.nth(1).click();
    await expect.poll(() => page.locator('.maplibregl-popup .back').count()).toBe(1);
    await expect.poll(() => busiest.getAttribute('data-selected')).toBe('true');
    expect(chosen).toBeTruthy();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('draws again after the WebGL context is lost and restored', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page);
    await waitForDrawnMarkers(page);
    const before = await page.locator('.relations-map').getAttribute('data-drawn-places');
    await page.evaluate(() => {
      const gl = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')?.getContext('webgl2');
      (window as unknown as { loseContext: WEBGL_lose_context | null }).loseContext = gl?.getExtension('WEBGL_lose_context') ?? null;
      (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.loseContext();
    });
    await page.waitForSelector('.relations-map[data-context="lost"]');
    await page.evaluate(() => (window as unknown as { loseContext: WEBGL_lose_context }).loseContext.restoreContext());
    await waitForDrawnMarkers(page);
    expect(await page.locator('.relations-map').getAttribute('data-drawn-places')).toBe(before);
    await page.locator('.map-area').screenshot({ path: join(screenshots, 'map-webgl-restored.png') });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('fits a 320 px wide screen with its markers in view', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    expect(await gotoApp(page)).toBe('ready');
    await waitForDrawnMarkers(page);
    const box = await page.locator('.map-host').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(320);
    expect(Number(await page.locator('.hit-targets').getAttribute('data-places-in-view'))).toBeGreaterThan(0);
    await page.locator('.map-area').screenshot({ path: join(screenshots, 'map-webgl-320.png') });
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

/** The country of each place key in the shipped data. */
function countryOfPlaceKey(): Map<string, string> {
  const { dataset } = validateDataset(readDataFiles(process.env.RELATIONS_DATA_ROOT ?? root), todayIso());
  if (!dataset) throw new Error('the data the app was built on is invalid');
  return new Map(groupEventsByPlace(dataset.events).map((place) => [place.key, place.events[0].place.country]));
}

describe('markers that would cover each other', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    it(`are drawn as one where they are places of one country and moved apart where they are not, on the first map at ${viewport.width} px`, async () => {
      const { page, pageErrors } = await openWatchedPage(browser, { viewport });
      expect(await gotoApp(page)).toBe('ready');
      await waitForDrawnMarkers(page);
      const markers = await page.$$eval('.hit-targets button[data-place]', (buttons) =>
        buttons.map((button) => {
          const box = button.getBoundingClientRect();
          return { key: button.dataset.place!, x: box.x + box.width / 2, y: box.y + box.height / 2, radius: box.width / 2, label: button.getAttribute('aria-label') ?? '' };
        }),
      );
      // No two markers touch: one country's merge, two countries' step aside (Tashkent, Dushanbe,
      // Bishkek and Almaty on the first view).
      const countries = countryOfPlaceKey();
      const touching = markers.flatMap((a, index) =>
        markers.slice(index + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius - 1).map((b) => `${a.key} (${countries.get(a.key)}) / ${b.key} (${countries.get(b.key)})`),
      );
      expect(touching).toEqual([]);
      // Markers moved off their places are tied to them by leader lines on the map.
      expect(Number(await page.locator('.map-host').getAttribute('data-moved-marker-count'))).toBeGreaterThan(0);
      // Fewer markers than places: the capitals' suburbs and residences joined them.
      expect(Number(await page.locator('.map-host').getAttribute('data-marker-count'))).toBeLessThan(expectedPlaceCount());
      expect(markers.some((marker) => marker.label.includes('и рядом'))).toBe(true);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    });
  }
});

describe('the relations map without WebGL (SVG)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the SVG map with every place, the hatched disputed areas, and clickable markers', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser);
    expect(await gotoApp(page)).toBe('ready');
    expect(await page.locator('.map-host').getAttribute('data-renderer')).toBe('svg');
    expect(await page.locator('.svg-map [data-place]').count()).toBe(expectedPlaceCount());
    expect(await page.locator('.svg-map [data-disputed="crimea"]').getAttribute('fill')).toBe('url(#svg-hatch)');
    const marker = page.locator('.svg-map [data-event-count="1"]').last();
    await marker.click();
    await expect.poll(() => marker.getAttribute('data-selected')).toBe('true');
    await page.locator('.map-area').screenshot({ path: join(screenshots, 'map-svg.png') });
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('filters the events to a pair of countries when their link is clicked', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page);
    const before = Number(await page.locator('.map-host').getAttribute('data-place-count'));
    await page.locator('.svg-map [data-arc="RUS-KAZ"]').dispatchEvent('click');
    await expect.poll(async () => Number(await page.locator('.map-host').getAttribute('data-place-count'))).toBeLessThan(before);
    expect(await page.locator('.svg-map [data-arc]').count()).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
