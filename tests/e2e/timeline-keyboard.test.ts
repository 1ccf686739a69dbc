/**
 * The timeline brush by keyboard alone: focus it, move and resize the range with the keys, and the
 * address and the table follow, as they do for a mouse drag.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFilters, filterEvents, indexEvents } from '../../src/lib/data/filterEvents.ts';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const index = indexEvents(shippedDataset().events);

/** Ids the table must list for the range in the address (every event when there is none). */
function expectedIds(url: URL): string[] {
  const filters = { ...defaultFilters(), from: url.searchParams.get('from'), to: url.searchParams.get('to') };
  return filterEvents(index, filters)
    .map((event) => event.id)
    .sort();
}

async function tableIds(page: Page): Promise<string[]> {
  return page.$$eval('table tbody tr[data-event-id]', (rows) => rows.map((row) => row.getAttribute('data-event-id') ?? '').sort());
}

/** The address once the throttled write has happened: the same for two looks 300 ms apart (a loaded machine writes later). */
async function settledUrl(page: Page): Promise<URL> {
  let previous = '';
  for (let look = 0; look < 20; look += 1) {
    await page.waitForTimeout(300);
    const now = page.url();
    if (now === previous) return new URL(now);
    previous = now;
  }
  return new URL(page.url());
}

describe('the timeline brush by keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes the focus with Tab and moves, resizes and clears the range; the address and the table follow', async () => {
    const { page, pageErrors, foreignRequests } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?view=table')).toBe('ready');
    const brush = page.getByRole('slider', { name: 'Период на шкале времени' });
    const everything = await tableIds(page);
    expect(await brush.getAttribute('aria-valuetext')).toMatch(/^весь период, 1 января 2000 г\. – /);

    // From the timeline's controls, Tab reaches the brush (after the glyphs' single tab stop).
    await page.getByRole('button', { name: 'По парам стран' }).focus();
    let presses = 0;
    while (!(await brush.evaluate((node) => node === document.activeElement)) && presses < 8) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    expect(await brush.evaluate((node) => node === document.activeElement)).toBe(true);

    await page.keyboard.press('Home');
    let url = await settledUrl(page);
    expect(url.searchParams.get('from')).toBe('2000-01-01');
    const firstYearTo = url.searchParams.get('to')!;
    expect(firstYearTo).toMatch(/^2000-12-3[01]$/);
    expect(await tableIds(page)).toEqual(expectedIds(url));
    expect(await brush.getAttribute('aria-valuetext')).toMatch(/^с 1 января 2000 г\. по 3[01] декабря 2000 г\.$/);

    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowRight');
    url = await settledUrl(page);
    expect(url.searchParams.get('from')).toBe('2002-02-01');
    const moved = await tableIds(page);
    expect(moved).toEqual(expectedIds(url));

    await page.keyboard.press('Shift+PageUp');
    await page.keyboard.press('Shift+PageUp');
    url = await settledUrl(page);
    expect(url.searchParams.get('from')).toBe('2002-02-01');
    expect(url.searchParams.get('to')!.slice(0, 4)).toBe('2005');
    const wider = await tableIds(page);
    expect(wider).toEqual(expectedIds(url));
    expect(wider.length).toBeGreaterThan(moved.length);

    await page.keyboard.press('End');
    url = await settledUrl(page);
    expect(await tableIds(page)).toEqual(expectedIds(url));
    expect(await tableIds(page)).not.toEqual(wider);

    await page.keyboard.press('Delete');
    url = await settledUrl(page);
    expect(url.searchParams.has('from')).toBe(false);
    expect(url.searchParams.has('to')).toBe(false);
    expect(await tableIds(page)).toEqual(everything);

    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('names the range in the reader’s language', async () => {
    const { page } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?lang=kk&from=2010-03-01&to=2010-05-31')).toBe('ready');
    const brush = page.getByRole('slider', { name: 'Уақыт шкаласындағы кезең' });
    expect(await brush.getAttribute('aria-valuetext')).toBe('2010 ж. 1 наурыз – 2010 ж. 31 мамыр');
    await brush.focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => brush.getAttribute('aria-valuetext')).toBe('2010 ж. 1 ақпан – 2010 ж. 30 сәуір');
    await page.context().close();
  });
});
