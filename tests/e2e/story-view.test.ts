/**
 * What a presented step shows: without a view of its own, the step frames its place and the
 * capitals of every state taking part (and its initiatives' lines); a step that names a view
 * ({lon, lat, zoom}) shows that view.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';
import { placeKey } from '../../src/lib/geo/eventPlaces.ts';

const dataset = shippedDataset();
const story = dataset.stories[0];
const summitStep = story.steps.findIndex((step) => {
  const event = dataset.events.find((candidate) => candidate.id === step.event);
  return event !== undefined && event.participants.length >= 6;
});
const summit = dataset.events.find((event) => event.id === story.steps[summitStep].event)!;

/** MapLibre's Web Mercator: pixels of `lonLat` from the centre of a view (512 px tiles). */
function offsetInView([lon, lat]: [number, number], view: { lon: number; lat: number; zoom: number }): [number, number] {
  const worldSize = 512 * 2 ** view.zoom;
  const mercatorY = (latitude: number) => Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return [((lon - view.lon) / 360) * worldSize, ((mercatorY(view.lat) - mercatorY(lat)) / (2 * Math.PI)) * worldSize];
}

/** Where the selected event's place sits, in px from the centre of the map canvas. */
async function selectedOffset(page: Page): Promise<[number, number] | null> {
  const canvas = await page.locator('.relations-map canvas').boundingBox();
  const target = await page.locator('.hit-targets [data-selected="true"]').boundingBox();
  if (!canvas || !target) return null;
  return [target.x + target.width / 2 - (canvas.x + canvas.width / 2), target.y + target.height / 2 - (canvas.y + canvas.height / 2)];
}

/** The capitals of the summit's states that have no marker drawn inside the map (hit targets exist only for places in view). */
async function capitalsOutOfView(page: Page): Promise<string[]> {
  const inView = new Set(await page.$$eval('.hit-targets [data-place]', (targets) => targets.map((target) => target.getAttribute('data-place'))));
  return summit.participants.filter((code) => {
    const capital = dataset.countries.find((country) => country.iso3 === code)?.capital;
    return capital !== undefined && !inView.has(placeKey(capital.lon, capital.lat));
  });
}

describe('what a presented step shows', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('frames a step without a view on its place and every state taking part', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    expect(await gotoApp(page, `/?story=${story.id}&step=${summitStep + 1}`)).toBe('ready');
    await expect.poll(() => selectedOffset(page), { timeout: 10_000 }).not.toBeNull();
    const canvas = (await page.locator('.relations-map canvas').boundingBox())!;
    const offset = (await selectedOffset(page))!;
    expect(Math.abs(offset[0])).toBeLessThan(canvas.width / 2);
    expect(Math.abs(offset[1])).toBeLessThan(canvas.height / 2);
    await expect.poll(() => capitalsOutOfView(page), { timeout: 10_000 }).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows the view a step names', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    const view = { lon: 60, lat: 40, zoom: 4 };
    // The story as shipped, with a view added to the summit's step.
    await page.route(/_virtual_dataset/, async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      const anchor = `"event":"${summit.id}",`;
      if (!text.includes(anchor)) throw new Error('the story step was not found in the dataset');
      await route.fulfill({ response, body: text.replace(anchor, `${anchor}"view":${JSON.stringify(view)},`) });
    });
    expect(await gotoApp(page, `/?story=${story.id}&step=${summitStep + 1}`)).toBe('ready');
    const expected = offsetInView([summit.place.lon, summit.place.lat], view);
    const inView = (offset: [number, number] | null) => offset !== null && Math.abs(offset[0] - expected[0]) <= 3 && Math.abs(offset[1] - expected[1]) <= 3;
    await expect.poll(() => selectedOffset(page), { timeout: 10_000 }).toSatisfy(inView);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
