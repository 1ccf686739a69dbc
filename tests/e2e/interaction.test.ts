/**
 * The interaction model in the production build: filters, timeline, table, detail panel and the
 * address all describe the same selection, links reopen the same view, and no address breaks the page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';

/** Ids of the timeline glyphs inside the date range (all of them when no range is set). */
async function timelineIds(page: Page): Promise<string[]> {
  return page.$$eval('.timeline [data-event-id]:not(.outside)', (nodes) => nodes.map((node) => node.getAttribute('data-event-id') ?? '').sort());
}

/** Ids of the table rows (opens the table tab, then goes back to where it was). */
async function tableIds(page: Page): Promise<string[]> {
  const wasMap = (await page.getAttribute('#view-tab-map', 'aria-selected')) === 'true';
  if (wasMap) await page.click('#view-tab-table');
  const ids = await page.$$eval('table tbody tr[data-event-id]', (rows) => rows.map((row) => row.getAttribute('data-event-id') ?? '').sort());
  if (wasMap) await page.click('#view-tab-map');
  return ids;
}

async function resultCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-result-count]', 'data-result-count'));
}

async function mapPlaceCount(page: Page): Promise<number> {
  await page.waitForSelector('.map-host[data-place-count]');
  return Number(await page.getAttribute('.map-host', 'data-place-count'));
}

/** Waits until the throttled address write has happened. */
async function settledUrl(page: Page): Promise<URL> {
  await page.waitForTimeout(400);
  return new URL(page.url());
}

describe('filters, timeline, table and map show one selection', () => {
  let browser: Browser;
  let watched: WatchedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path = '/'): Promise<Page> {
    watched = await openWatchedPage(browser);
    expect(await gotoApp(watched.page, path)).toBe('ready');
    return watched.page;
  }
  async function closePage(): Promise<void> {
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    await watched.page.context().close();
  }

  it('draws the timeline with one glyph per event of the data', async () => {
    const page = await open();
    const all = await resultCount(page);
    expect(all).toBeGreaterThan(0);
    expect(await timelineIds(page)).toHaveLength(all);
    expect(await page.evaluate(() => performance.getEntriesByName('timeline-ready').length)).toBe(1);
    await closePage();
  });

  it('a filter by type, by country and by text changes map, timeline and table alike', async () => {
    const page = await open();
    const all = await resultCount(page);
    const allPlaces = await mapPlaceCount(page);

    await page.getByRole('checkbox', { name: /Многосторонний саммит/ }).check();
    const summits = await timelineIds(page);
    expect(summits.length).toBeGreaterThan(0);
    expect(summits.length).toBeLessThan(all);
    expect(await tableIds(page)).toEqual(summits);
    expect(await resultCount(page)).toBe(summits.length);
    expect(await mapPlaceCount(page)).toBeLessThan(allPlaces);

    await page.getByRole('checkbox', { name: /Многосторонний саммит/ }).uncheck();
    await page.getByRole('checkbox', { name: /^Узбекистан/ }).check();
    const uzbekistan = await timelineIds(page);
    expect(uzbekistan.length).toBeGreaterThan(0);
    expect(await tableIds(page)).toEqual(uzbekistan);

    await page.getByRole('button', { name: 'Сбросить все фильтры' }).click();
    await page.getByRole('searchbox').fill('DUSHANBE');
    const dushanbe = await timelineIds(page);
    expect(dushanbe.length).toBeGreaterThan(0);
    expect(dushanbe.length).toBeLessThan(all);
    expect(await tableIds(page)).toEqual(dushanbe);
    await page.getByRole('searchbox').fill('Душанбе');
    expect(await timelineIds(page)).toEqual(dushanbe);
    await page.getByRole('searchbox').fill('dushanbe');
    expect(await timelineIds(page)).toEqual(dushanbe);
    expect(await mapPlaceCount(page)).toBeLessThan(allPlaces);
    await closePage();
  });

  it('reopens a copied link in exactly the same view', async () => {
    const page = await open('/?type=summit,visit&country=RUS&from=2022-01-01&view=table&lang=en&lanes=pair');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('checkbox', { name: /Multilateral summit/ }).isChecked()).toBe(true);
    expect(await page.getByRole('tab', { name: 'Table' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('button', { name: 'By country pair' }).getAttribute('aria-pressed')).toBe('true');
    const rows = await tableIds(page);
    expect(rows.length).toBeGreaterThan(0);

    await page.locator(`tr[data-event-id="${rows[0]}"]`).click();
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-event-id')).toBe(rows[0]);
    await page.getByRole('checkbox', { name: /Agreement signed/ }).check();
    const url = await settledUrl(page);
    expect(url.searchParams.get('type')).toBe('summit,visit,agreement');
    expect(url.searchParams.get('event')).toBe(rows[0]);
    const expectedRows = await tableIds(page);
    await closePage();

    const again = await open(`${url.pathname}${url.search}`);
    expect(await tableIds(again)).toEqual(expectedRows);
    expect(await again.locator('aside.detail').getAttribute('data-event-id')).toBe(rows[0]);
    expect(new URL(again.url()).search).toBe(url.search);
    await closePage();
  });

  it('Back and Forward restore the previous filters', async () => {
    const page = await open();
    const all = await resultCount(page);
    await page.getByRole('checkbox', { name: /Визит/ }).check();
    await settledUrl(page);
    const visits = await resultCount(page);
    await page.getByRole('checkbox', { name: /^Казахстан/ }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('country')).toBe('KAZ');

    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(visits);
    expect(await page.getByRole('checkbox', { name: /^Казахстан/ }).isChecked()).toBe(false);
    expect(new URL(page.url()).searchParams.get('type')).toBe('visit');

    await page.goBack();
    await expect.poll(() => resultCount(page)).toBe(all);
    expect(await page.getByRole('checkbox', { name: /Визит/ }).isChecked()).toBe(false);

    await page.goForward();
    await expect.poll(() => resultCount(page)).toBe(visits);
    await closePage();
  });

  it('opens the detail panel from the timeline by keyboard, closes it with Escape and gives focus back', async () => {
    const page = await open();
    const first = page.locator('.timeline [data-event-id][tabindex="0"]');
    await first.focus();
    const firstId = await first.getAttribute('data-event-id');
    await page.keyboard.press('ArrowRight');
    const secondId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(secondId).toBeTruthy();
    expect(secondId).not.toBe(firstId);
    await page.keyboard.press('Enter');
    const panel = page.locator('aside.detail');
    await expect.poll(() => panel.getAttribute('data-event-id')).toBe(secondId);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('event-detail-title');
    for (const link of await panel.locator('a[href^="http"]').all()) {
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    }
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(secondId);

    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'))).toBe(secondId);
    await closePage();
  });

  it('a brush on the timeline sets the date range for every view', async () => {
    const page = await open();
    const all = await resultCount(page);
    const strip = page.locator('.timeline .brush .overlay');
    const box = (await strip.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const inRange = await timelineIds(page);
    expect(inRange.length).toBeGreaterThan(0);
    expect(inRange.length).toBeLessThan(all);
    expect(await tableIds(page)).toEqual(inRange);
    const url = await settledUrl(page);
    expect(url.searchParams.get('from')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(url.searchParams.get('to')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await closePage();
  });

  it.each([
    ['impossible dates', '/?from=2025-02-30&to=2024-13-01', /from=2025-02-30/],
    ['unknown codes', '/?country=XXX&type=party&lang=de&view=globe&event=nope', /country=XXX/],
    ['prototype keys', '/?__proto__=1&constructor=2&__proto__[x]=y', /__proto__/],
    ['broken percent-encoding', '/?q=%E0%A4%A&type=summit', /q=/],
    ['a very long value', `/?q=${'я'.repeat(600)}`, /q=/],
  ])('survives %s: ready, a notice naming what was dropped, no page error', async (_name, path, named) => {
    const page = await open(path);
    const notice = page.locator('[role="status"]', { hasText: 'Часть ссылки' });
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toMatch(named);
    expect(await timelineIds(page)).not.toHaveLength(0);
    await closePage();
  });

  it('downloads the selection as CSV with a header and one row per event', async () => {
    const page = await open('/?type=summit&view=table');
    const rows = await tableIds(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    expect(text.startsWith('id,date,end_date')).toBe(true);
    for (const id of rows) expect(text).toContain(`\r\n${id},`);
    await closePage();
  });
});
