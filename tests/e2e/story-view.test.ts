/**
 * A story step that names a map view ({lon, lat, zoom}) shows that view; a step without one flies
 * to its event, as before.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const dataset = shippedDataset();
const story = dataset.stories.find((candidate) => candidate.steps.some((step) => step.view !== undefined))!;
const viewStep = story.steps.findIndex((step) => step.view !== undefined);
const plainStep = story.steps.findIndex((step, index) => index > viewStep && step.view === undefined && step.event !== undefined);

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

function near(offset: [number, number] | null, expected: [number, number], tolerance: number): boolean {
  return offset !== null && Math.abs(offset[0] - expected[0]) <= tolerance && Math.abs(offset[1] - expected[1]) <= tolerance;
}

describe('story steps with a map view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the shipped story has a step with a view, and that step names an event', () => {
    expect(viewStep).toBeGreaterThanOrEqual(0);
    expect(story.steps[viewStep].event).toBeDefined();
    expect(plainStep).toBeGreaterThanOrEqual(0);
  });

  it('shows the step’s view, and flies to the event on a step without one', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    // Start on a step without a view: the page is laid out before the steps under test move the map.
    expect(await gotoApp(page, `/?story=${story.id}&step=${plainStep + 1}`)).toBe('ready');
    const centred = (offset: [number, number] | null) => near(offset, [0, 0], 3);
    await expect.poll(() => selectedOffset(page), { timeout: 10_000 }).toSatisfy(centred);

    const view = story.steps[viewStep].view!;
    const viewEvent = dataset.events.find((event) => event.id === story.steps[viewStep].event)!;
    const inView = (offset: [number, number] | null) => near(offset, offsetInView([viewEvent.place.lon, viewEvent.place.lat], view), 3);
    const back = page.getByRole('button', { name: /Назад/ });
    for (let step = plainStep; step > viewStep; step -= 1) await back.click();
    await expect.poll(() => selectedOffset(page), { timeout: 10_000 }).toSatisfy(inView);

    const next = page.getByRole('button', { name: /Далее/ });
    for (let step = viewStep; step < plainStep; step += 1) await next.click();
    await expect.poll(() => selectedOffset(page), { timeout: 10_000 }).toSatisfy(centred);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });
});
