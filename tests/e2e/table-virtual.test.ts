/**
 * The table at thousands of events (issue 4 §4): above a thousand rows only the rows in view (plus
 * an overscan) are in the page, spaces keep the scroll height of the whole list, and the table still
 * reads as a table of all of them — sorting, selecting and moving between rows work on the full list.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticDataFolder } from '../bench/syntheticDataset.ts';
import { buildAppVariant, REPO_ROOT } from '../support/buildAppVariant.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';

const EVENT_COUNT = 5_000;
const require = createRequire(import.meta.url);

describe(`the table with ${EVENT_COUNT.toLocaleString('en')} events`, () => {
  let browser: Browser;
  let server: StaticServer;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'relations-table-virtual-'));
    const dataRoot = writeSyntheticDataFolder(REPO_ROOT, join(work, 'data'), EVENT_COUNT);
    server = await serveStatic(await buildAppVariant(dataRoot, 'dist-table-virtual'));
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** `bypassCSP` only lets a test inject axe-core. */
  async function openTable(bypassCSP = false): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, { bypassCSP });
    await watched.page.goto(`${server.url}/?view=table&lang=en`);
    await watched.page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 30_000 });
    return watched;
  }

  const rowIds = (page: Page) => page.$$eval('table tbody tr[data-event-id]', (rows) => rows.map((row) => row.getAttribute('data-event-id') ?? ''));
  const rowIndexes = (page: Page) => page.$$eval('table tbody tr[data-event-id]', (rows) => rows.map((row) => Number(row.getAttribute('aria-rowindex'))));

  /** Ids of the rows whose middle is inside the scroller's visible part, below the sticky header. */
  const visibleRowIds = (page: Page) =>
    page.evaluate(() => {
      const scroller = document.querySelector('.table-view .scroller')!;
      const head = document.querySelector('.table-view thead')!.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      return [...document.querySelectorAll('table tbody tr[data-event-id]')]
        .filter((row) => {
          const { top, bottom } = row.getBoundingClientRect();
          const middle = (top + bottom) / 2;
          return middle > head.bottom && middle < box.bottom;
        })
        .map((row) => row.getAttribute('data-event-id') ?? '');
    });

  async function scrollTableTo(page: Page, where: 'top' | 'bottom'): Promise<void> {
    await page.evaluate((where) => {
      const scroller = document.querySelector('.table-view .scroller')!;
      scroller.scrollTop = where === 'top' ? 0 : scroller.scrollHeight;
    }, where);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }

  it('puts only the rows in view and an overscan in the page, and tells assistive technology how many there are', async () => {
    const { page, pageErrors, foreignRequests } = await openTable();
    const ids = await rowIds(page);
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.length).toBeLessThan(150);
    expect(await page.getAttribute('table', 'aria-rowcount')).toBe(String(EVENT_COUNT + 1));
    expect(await page.getAttribute('table thead tr', 'aria-rowindex')).toBe('1');
    const indexes = await rowIndexes(page);
    expect(indexes).toEqual(indexes.map((_, offset) => offset + 2));
    expect(await visibleRowIds(page)).toEqual(ids.slice(0, (await visibleRowIds(page)).length));
    // The scroll height is that of every row, each of the height of the drawn ones.
    const heights = await page.evaluate(() => ({
      scroll: document.querySelector('.table-view .scroller')!.scrollHeight,
      head: document.querySelector('.table-view thead')!.getBoundingClientRect().height,
      row: document.querySelector('table tbody tr[data-event-id]')!.getBoundingClientRect().height,
    }));
    expect(Math.abs(heights.scroll - heights.head - heights.row * EVENT_COUNT)).toBeLessThan(2);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests.filter((url) => !url.startsWith(server.url))).toEqual([]);
    await page.context().close();
  });

  it('shows the last rows when scrolled to the bottom, and the first again at the top', async () => {
    const { page } = await openTable();
    const firstIds = await visibleRowIds(page);
    await scrollTableTo(page, 'bottom');
    const indexes = await rowIndexes(page);
    expect(indexes.at(-1)).toBe(EVENT_COUNT + 1);
    expect(indexes.length).toBeLessThan(150);
    const lastIds = await visibleRowIds(page);
    expect(lastIds.length).toBeGreaterThan(5);
    expect(lastIds.at(-1)).toBe((await rowIds(page)).at(-1));
    await scrollTableTo(page, 'top');
    expect(await visibleRowIds(page)).toEqual(firstIds);
    await page.context().close();
  });

  it('sorts the whole list: by date descending, the rows that were last come first', async () => {
    const { page } = await openTable();
    await scrollTableTo(page, 'bottom');
    const lastAscending = (await visibleRowIds(page)).reverse();
    await scrollTableTo(page, 'top');
    await page.locator('thead th').first().locator('button').click();
    await expect.poll(() => page.getAttribute('thead th >> nth=0', 'aria-sort')).toBe('descending');
    const firstDescending = await visibleRowIds(page);
    expect(firstDescending).toEqual(lastAscending.slice(0, firstDescending.length));
    await page.context().close();
  });

  it('opens the detail panel for a clicked row, far down the list', async () => {
    const { page, pageErrors } = await openTable();
    await page.evaluate(() => (document.querySelector('.table-view .scroller')!.scrollTop = 60_000));
    await expect.poll(async () => (await rowIndexes(page))[0]).toBeGreaterThan(1_000);
    const id = (await visibleRowIds(page))[3];
    await page.locator(`tr[data-event-id="${id}"]`).click({ timeout: 5_000 });
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-event-id', { timeout: 1_000 })).toBe(id);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('moves focus between rows with the arrow keys, Home and End, drawing and showing the rows it reaches', async () => {
    const { page } = await openTable();
    const focused = () => page.evaluate(() => Number(document.activeElement?.getAttribute('aria-rowindex')));
    await page.locator('table tbody tr[data-event-id]').first().focus();
    expect(await focused()).toBe(2);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe(3);
    await page.keyboard.press('End');
    await expect.poll(focused).toBe(EVENT_COUNT + 1);
    const lastId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    expect(await visibleRowIds(page)).toContain(lastId);
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe(EVENT_COUNT);
    await page.keyboard.press('PageUp');
    const afterPageUp = await focused();
    expect(afterPageUp).toBeLessThan(EVENT_COUNT - 5);
    expect(await visibleRowIds(page)).toContain(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id')));
    await page.keyboard.press('Home');
    await expect.poll(focused).toBe(2);
    // Tab walks on past the rows first drawn; each row it reaches is drawn and shown.
    for (let step = 0; step < 40; step += 1) await page.keyboard.press('Tab');
    expect(await focused()).toBe(42);
    expect(await visibleRowIds(page)).toContain(await page.evaluate(() => document.activeElement?.getAttribute('data-event-id')));
    await page.keyboard.press('Home');
    await expect.poll(focused).toBe(2);
    // Enter on the focused row selects it, as a click does.
    const firstId = await page.evaluate(() => document.activeElement?.getAttribute('data-event-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('aside.detail').getAttribute('data-event-id', { timeout: 1_000 })).toBe(firstId);
    await page.context().close();
  });

  it('has no serious or critical axe-core violation with spacer rows in the middle of the list', async () => {
    const { page } = await openTable(true);
    await page.evaluate(() => (document.querySelector('.table-view .scroller')!.scrollTop = 40_000));
    await expect.poll(async () => (await rowIndexes(page))[0]).toBeGreaterThan(1_000);
    await page.addScriptTag({ path: require.resolve('axe-core') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: string): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
      return (await axe.run('.table-view')).violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id);
    });
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
