import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filterEvents, indexEvents, defaultFilters } from '../../src/lib/data/filterEvents.ts';
import { PRESENTATION_SCALE, placeMarkerRadius } from '../../src/lib/geo/eventSymbols.ts';
import { qrCodePath } from '../../src/lib/qr/qrCodePath.ts';
import { formatEventDate } from '../../src/lib/time/formatEventDate.ts';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const STORY_ID = 'astana-2022-to-dushanbe-2025';
const dataset = shippedDataset();
const story = dataset.stories.find((candidate) => candidate.id === STORY_ID)!;

const caption = (page: Page) => page.locator('.presenter .caption').textContent();
const counter = (page: Page) => page.locator('.presenter .count').textContent();
const query = async (page: Page) => new URLSearchParams(await page.evaluate(() => location.search));
/** Node's and Chromium's ICU space date ranges differently (thin or plain spaces). */
const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const param = async (page: Page, name: string) => page.evaluate((key) => new URLSearchParams(location.search).get(key), name);

/** The scales the markers' hit targets are drawn at (their size over placeMarkerRadius at scale 1), rounded. */
async function markerScales(page: Page): Promise<number[]> {
  const targets = await page.$$eval('.hit-targets button[data-place]', (buttons) => buttons.map((button) => ({ count: Number(button.dataset.eventCount), width: button.getBoundingClientRect().width })));
  return [...new Set(targets.map(({ count, width }) => Math.round((width / 2 / placeMarkerRadius(count)) * 100) / 100))];
}

/** Pairs of markers whose circles overlap on screen. */
async function touchingMarkers(page: Page): Promise<string[]> {
  const markers = await page.$$eval('.hit-targets button[data-place]', (buttons) =>
    buttons.map((button) => {
      const box = button.getBoundingClientRect();
      return { key: button.dataset.place!, x: box.x + box.width / 2, y: box.y + box.height / 2, radius: box.width / 2 };
    }),
  );
  return markers.flatMap((a, index) => markers.slice(index + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius - 1).map((b) => `${a.key} / ${b.key}`));
}

describe('presentation mode', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a story at the step the link names, with a large caption, progress and the event selected', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser);
    expect(await gotoApp(page, `/?story=${STORY_ID}&step=3`)).toBe('ready');
    expect((await caption(page))?.trim()).toBe(story.steps[2].caption.ru);
    expect(await counter(page)).toBe(`3 / ${story.steps.length}`);
    expect(await page.locator('.presenter progress').evaluate((bar: HTMLProgressElement) => [bar.value, bar.max])).toEqual([3, story.steps.length]);
    const fontSize = await page.locator('.presenter .caption').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(28);
    await expect.poll(() => param(page, 'event')).toBe(story.steps[2].event);
    // The rest of the page steps aside: no filters, no header, the map fills the screen above the caption.
    expect(await page.locator('.filters-area').isVisible()).toBe(false);
    expect(await page.locator('.map-area').isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('moves with the keys presentation clickers send, and the address follows the step', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?story=${STORY_ID}`);
    const last = story.steps.length;
    const expectations: [string, number][] = [
      ['ArrowRight', 2],
      ['PageDown', 3],
      ['Space', 4],
      ['ArrowLeft', 3],
      ['PageUp', 2],
      ['End', last],
      ['ArrowRight', last],
      ['Home', 1],
    ];
    for (const [key, step] of expectations) {
      await page.keyboard.press(key);
      expect(await counter(page), key).toBe(`${step} / ${last}`);
      expect(await param(page, 'step'), key).toBe(String(step));
    }
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('filters by the initiative on an initiative step and shows the event again on the next one', async () => {
    const { page } = await openWatchedPage(browser);
    const initiativeStep = story.steps.findIndex((step) => step.initiative !== undefined);
    expect(initiativeStep).toBeGreaterThan(-1);
    await gotoApp(page, `/?story=${STORY_ID}&step=${initiativeStep + 1}`);
    await expect.poll(() => param(page, 'initiative')).toBe(story.steps[initiativeStep].initiative);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => param(page, 'initiative')).toBeNull();
    await expect.poll(() => param(page, 'event')).toBe(story.steps[initiativeStep + 1].event);
    await page.context().close();
  });

  it('draws the markers larger for the room, none touching, and gives the reader back the filters and sizes they had on Escape', async () => {
    const { page } = await openWatchedPage(browser);
    await gotoApp(page, '/?country=TJK&type=visit');
    expect(await markerScales(page)).toEqual([1]);
    await page.getByText('Истории').click();
    await page.getByRole('button', { name: story.title.ru }).click();
    expect(await counter(page)).toBe(`1 / ${story.steps.length}`);
    await expect.poll(() => markerScales(page)).toEqual([PRESENTATION_SCALE]);
    expect(await touchingMarkers(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await page.locator('.presenter').count()).toBe(0);
    await expect.poll(() => markerScales(page)).toEqual([1]);
    const search = await query(page);
    expect(search.get('country')).toBe('TJK');
    expect(search.get('type')).toBe('visit');
    expect(search.has('story')).toBe(false);
    expect(search.has('step')).toBe(false);
    await page.context().close();
  });

  it('presents the current selection, one step per event captioned with its title and date', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    const selection = filterEvents(indexEvents(dataset.events), { ...defaultFilters(), countries: ['TJK'], types: ['summit'] });
    expect(selection.length).toBeGreaterThan(1);
    await gotoApp(page, '/?country=TJK&type=summit&lang=en&present');
    expect(await counter(page)).toBe(`1 / ${selection.length}`);
    expect(spaced(await caption(page))).toBe(spaced(`${selection[0].title.en} — ${formatEventDate(selection[0], 'en')}`));
    await page.keyboard.press('End');
    expect(spaced(await caption(page))).toBe(spaced(`${selection.at(-1)!.title.en} — ${formatEventDate(selection.at(-1)!, 'en')}`));
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('shows a QR code of the slide’s address, drawn in the page', async () => {
    const { page, foreignRequests } = await openWatchedPage(browser);
    await gotoApp(page, `/?story=${STORY_ID}&step=2`);
    await expect.poll(() => param(page, 'event')).toBe(story.steps[1].event);
    const href = await page.evaluate(() => location.href);
    const drawn = await page.locator('.presenter svg.qr path').getAttribute('d');
    expect(drawn).toBe(qrCodePath(href).d);
    expect(await page.locator('.presenter svg.qr').getAttribute('aria-label')).toBeTruthy();
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('keeps presenting when full screen is refused, and enters it when allowed', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await gotoApp(page, `/?story=${STORY_ID}`);
    await page.evaluate(() => {
      document.documentElement.requestFullscreen = () => Promise.reject(new TypeError('Permissions check failed'));
    });
    await page.getByRole('button', { name: 'Во весь экран' }).click();
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe(`2 / ${story.steps.length}`);
    await page.evaluate(() => {
      delete (document.documentElement as Partial<HTMLElement>).requestFullscreen;
    });
    await page.getByRole('button', { name: 'Во весь экран' }).click();
    await page.waitForFunction(() => document.fullscreenElement !== null);
    expect(await page.getByRole('button', { name: 'Выйти из полноэкранного режима' }).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
