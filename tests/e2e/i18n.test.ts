import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFilters, filterEvents, indexEvents } from '../../src/lib/data/filterEvents.ts';
import { formatEventDate } from '../../src/lib/time/formatEventDate.ts';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const dataset = shippedDataset();
const sortedByDate = dataset.events;
/** Node's and Chromium's ICU space date ranges differently (thin or plain spaces). */
const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
/** An event whose Kazakh title and summary the tests take away, to see the Russian fallback. */
const untranslated = dataset.events.find((event) => event.id === '2022-10-14-astana-first-ca-russia-summit')!;
/** Events in Astana that the tests move into 2020, when the city was called Nur-Sultan. */
const ASTANA_DAY = '2014-05-29';

/**
 * Serves the dataset with `edit` applied to its text, and checks the edit changed the first view's
 * module; the events' texts (summaries, notes, sources), fetched after the first view, get the same edit.
 */
async function editDataset(page: Page, edit: (text: string) => string): Promise<void> {
  await page.route(/_virtual_dataset/, async (route) => {
    const response = await route.fetch();
    const original = await response.text();
    const body = edit(original);
    if (body === original) throw new Error('the dataset edit matched nothing');
    await route.fulfill({ response, body });
  });
  await page.route(/event-texts-[\w-]+\.json$/, async (route) => {
    // The texts arrive after the first view: a test may have finished and closed its page while they
    // were on the way, and then there is nothing left to serve them to.
    try {
      const response = await route.fetch();
      await route.fulfill({ response, body: edit(await response.text()) });
    } catch (error) {
      if (!page.isClosed() && !/has been (closed|disposed)/.test(String(error))) throw error;
    }
  });
}

const withoutKazakh = (text: string) =>
  text.replace(`,"kk":${JSON.stringify(untranslated.title.kk)}`, '').replace(`,"kk":${JSON.stringify(untranslated.summary.kk)}`, '');

describe('three languages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens in the language the link names, with <html lang>, UI strings and dates in it', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?lang=en&view=table')).toBe('ready');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').first().textContent()).toBe('Central Asia – Russia');
    const first = sortedByDate[0];
    expect(spaced(await page.locator(`tbody tr[data-event-id="${first.id}"] time`).textContent())).toBe(spaced(formatEventDate(first, 'en')));

    expect(await gotoApp(page, '/?lang=kk&view=table')).toBe('ready');
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    expect(await page.locator('h1').first().textContent()).toBe('Орталық Азия – Ресей');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('switches language from the header and writes it into the address', async () => {
    const { page } = await openWatchedPage(browser);
    await gotoApp(page);
    expect(await page.getAttribute('html', 'lang')).toBe('ru');
    await page.getByRole('button', { name: 'Қазақша' }).click();
    expect(await page.getAttribute('html', 'lang')).toBe('kk');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('lang'))).toBe('kk');
    await page.getByRole('button', { name: 'English' }).click();
    expect(await page.locator('h1').first().textContent()).toBe('Central Asia – Russia');
    await page.context().close();
  });

  it('shows a missing Kazakh text in Russian, marked and tagged lang="ru", in the table, the detail panel and the list', async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    await editDataset(page, withoutKazakh);
    expect(await gotoApp(page, `/?lang=kk&view=table&event=${untranslated.id}`)).toBe('ready');
    const row = page.locator(`tbody tr[data-event-id="${untranslated.id}"] td.title`);
    expect(await row.locator('span[lang="ru"]').textContent()).toBe(untranslated.title.ru);
    expect(await row.locator('.fallback-mark').textContent()).toBe('(орысша)');
    const detail = page.locator('aside.detail');
    expect(await detail.locator('h2 span[lang="ru"]').textContent()).toBe(untranslated.title.ru);
    expect(await detail.locator('.summary span[lang="ru"]').textContent()).toBe(untranslated.summary.ru);
    expect(await detail.locator('.fallback-mark').count()).toBe(2);
    // The list is the printed chronology, built when printing starts.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const listItem = page.locator(`.list-area li[data-event-id="${untranslated.id}"]`);
    expect(await listItem.locator('.fallback-mark').count()).toBe(2);
    // Translated events carry no mark.
    expect(await page.locator('tbody td.title .fallback-mark').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('marks a story caption made from an event without a Kazakh title', async () => {
    const { page } = await openWatchedPage(browser);
    await editDataset(page, withoutKazakh);
    const sameDay = filterEvents(indexEvents(dataset.events), { ...defaultFilters(), from: untranslated.date, to: untranslated.date });
    const step = sameDay.findIndex((event) => event.id === untranslated.id) + 1;
    await gotoApp(page, `/?lang=kk&from=${untranslated.date}&to=${untranslated.date}&present&step=${step}`);
    const caption = page.locator('.presenter .caption');
    expect(await caption.locator('span[lang="ru"]').textContent()).toMatch(new RegExp(`^${untranslated.title.ru}`));
    expect(await caption.locator('.fallback-mark').textContent()).toBe('(орысша)');
    await page.context().close();
  });

  it('names a place as it was called on the event’s date (Nur-Sultan in 2020, Astana in 2014)', async () => {
    const { page } = await openWatchedPage(browser);
    const astanaEvents = dataset.events.filter((event) => event.date === ASTANA_DAY && event.place.capitalOf === 'KAZ');
    expect(astanaEvents.length).toBeGreaterThan(0);
    await editDataset(page, (text) => text.replaceAll(`"date":"${ASTANA_DAY}"`, '"date":"2020-06-01"'));
    await gotoApp(page, '/?lang=en&view=table&from=2020-01-01&to=2020-12-31');
    for (const event of astanaEvents) {
      expect(await page.locator(`tbody tr[data-event-id="${event.id}"] td`).nth(4).textContent()).toBe('Nur-Sultan');
    }
    await gotoApp(page, '/?lang=en&view=table&from=2024-11-27&to=2024-11-27');
    expect(await page.locator('tbody tr td:nth-child(5)').first().textContent()).toBe('Astana');
    await page.context().close();
  });

  it("names the browser tab and labels the map's own controls in the interface language", async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?lang=en')).toBe('ready');
    expect(await page.title()).toBe('Central Asia – Russia: a map of relations');
    const zoomIn = page.locator('.maplibregl-ctrl-zoom-in');
    expect(await zoomIn.getAttribute('aria-label')).toBe('Zoom in');
    await page.getByRole('button', { name: 'Қазақша' }).click();
    await expect.poll(() => page.title()).toBe('Орталық Азия – Ресей: қатынастар картасы');
    await expect.poll(() => zoomIn.getAttribute('aria-label')).toBe('Жақындату');
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect.poll(() => zoomIn.getAttribute('title')).toBe('Приблизить');
    expect(await page.locator('.maplibregl-popup-close-button').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

