import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPairYearCells, PARTNERS } from '../../src/lib/data/pairCounts.ts';
import { statusAt } from '../../src/lib/data/initiativeStatus.ts';
import { levelSteps } from '../../src/lib/data/pairProfile.ts';
import { statusLadder } from '../../src/lib/data/statusLadder.ts';
import { relationsPictureWidth } from '../../src/lib/chart/relationsPicture.ts';
import { svgStatusLine } from '../../src/lib/geo/mapTheme.ts';
import { gotoApp, launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const require = createRequire(import.meta.url);
const dataset = shippedDataset();
const thisYear = new Date().getFullYear();
const cells = '#view-panel-relations td[data-pair]';

async function cellCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval(cells, (found) => Object.fromEntries(found.map((cell) => [`${cell.dataset.pair} ${cell.dataset.year}`, Number(cell.dataset.count)])));
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function expectedCounts(events = dataset.events): Record<string, number> {
  const grid = countPairYearCells(events, 2000, thisYear);
  return Object.fromEntries(PARTNERS.flatMap((partner) => grid[partner].map((cell) => [`${partner} ${cell.year}`, cell.count])));
}

describe('the relations view', () => {
  let browser: Browser;
  let watched: WatchedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(path: string, { grid = true, downloads = false } = {}): Promise<Page> {
    watched = await openWatchedPage(browser, { bypassCSP: true, acceptDownloads: downloads });
    expect(await gotoApp(watched.page, path)).toBe('ready');
    if (grid) await watched.page.waitForSelector(cells);
    return watched.page;
  }

  it("shows a cell per pair and year whose counts equal the data's, and follows the filters but the country one", async () => {
    const page = await open('/?view=relations&lang=en');
    expect(await cellCounts(page)).toEqual(expectedCounts());
    expect(await page.locator(cells).count()).toBe(PARTNERS.length * (thisYear - 2000 + 1));
    expect(await page.locator(`${cells}[data-pair="KAZ"][data-year="2015"]`).getAttribute('aria-label')).toMatch(/^Russia–Kazakhstan, 2015: \d+ events?$/);

    expect(await gotoApp(page, '/?view=relations&type=summit&country=KGZ')).toBe('ready');
    await page.waitForSelector(cells);
    expect(await cellCounts(page)).toEqual(expectedCounts(dataset.events.filter((event) => event.type === 'summit')));
    expect(watched.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('moves between cells with the arrow keys and filters to the pair and year on Enter', async () => {
    const page = await open('/?view=relations');
    const first = page.locator(`${cells}[data-pair="KAZ"][data-year="2000"]`);
    await page.locator(`${cells}[tabindex="0"]`).focus();
    await page.keyboard.press('Home');
    await expect.poll(() => first.evaluate((cell) => cell === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => [document.activeElement?.getAttribute('data-pair'), document.activeElement?.getAttribute('data-year')])).toEqual(['KGZ', '2001']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('country=RUS,KGZ&mode=all&from=2001-01-01&to=2001-12-31');
    expect(await page.locator(`${cells}.in-period`).count()).toBe(PARTNERS.length);
    await page.locator('[data-pair-profile="KGZ"]').waitFor();
    await page.context().close();
  });

  it('shows two profiles side by side for compare=KAZ,UZB, with the level steps the data names', async () => {
    const page = await open('/?view=relations&compare=KAZ,UZB&lang=en');
    const profiles = page.locator('[data-pair-profile]');
    await expect.poll(() => profiles.evaluateAll((found) => found.map((profile) => profile.getAttribute('data-pair-profile')))).toEqual(['KAZ', 'UZB']);
    const [kaz, uzb] = await profiles.evaluateAll((found) => found.map((profile) => profile.getBoundingClientRect().top));
    expect(kaz).toBe(uzb);
    expect(await page.locator('[data-pair-profile="UZB"] ol li').count()).toBe(levelSteps(dataset.events, 'UZB').length);
    await page.getByRole('button', { name: 'Russia–Kazakhstan', exact: true }).click();
    await expect.poll(() => page.url()).toContain('compare=UZB');
    await page.context().close();
  });

  it("gives each initiative's legend entry the status in force at the end of the selected period", async () => {
    const page = await open('/?to=2010-06-30&lang=en', { grid: false });
    const entries = await page.$$eval('[data-initiative]', (found) => Object.fromEntries(found.map((entry) => [entry.dataset.initiative, entry.dataset.status])));
    expect(entries).toEqual(Object.fromEntries(dataset.initiatives.map((initiative) => [initiative.id, statusAt(initiative, '2010-06-30') ?? 'none'])));
    expect(entries['instc-eastern-branch']).toBe('under-construction');
    await page.context().close();
  });

  it('finds no serious or critical axe violation in the grid with two profiles', async () => {
    const page = await open('/?view=relations&compare=KAZ,UZB');
    await page.addScriptTag({ path: require.resolve('axe-core') });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } }).axe;
      return (await axe.run()).violations;
    });
    expect(violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.context().close();
  });

  it('downloads the grid and the open profiles as a PNG at twice its layout size, the profiles below the grid', async () => {
    const page = await open('/?view=relations&lang=en', { downloads: true });
    const save = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download PNG' }).click()]);
      expect(download.suggestedFilename()).toBe('central-asia-russia-relations.png');
      return pngSize(readFileSync((await download.path())!));
    };
    const gridOnly = await save();
    expect(gridOnly.width).toBe(2 * relationsPictureWidth(thisYear - 2000 + 1));
    // The title and filters above, the five rows, the key and the attribution below, all at 2×.
    expect(gridOnly.height).toBeGreaterThan(2 * (5 * 27 + 150));
    await page.getByRole('button', { name: 'Russia–Kazakhstan', exact: true }).click();
    await page.getByRole('button', { name: 'Russia–Uzbekistan', exact: true }).click();
    await page.locator('[data-pair-profile="UZB"]').waitFor();
    const withProfiles = await save();
    expect(withProfiles.width).toBe(gridOnly.width);
    expect(withProfiles.height).toBeGreaterThan(gridOnly.height + 2 * 2 * 200);
    expect(watched.pageErrors).toEqual([]);
    await page.context().close();
  });

  it('prints the compared profiles side by side below the whole grid, with names and dates as text and no map or chronology', async () => {
    const page = await open('/?view=relations&compare=KAZ,UZB&lang=en');
    await page.setViewportSize({ width: 720, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const lastCell = page.locator(`${cells}[data-pair="UZB"][data-year="${thisYear}"]`);
    expect(await lastCell.isVisible()).toBe(true);
    expect((await lastCell.boundingBox())!.x + (await lastCell.boundingBox())!.width).toBeLessThanOrEqual(720);
    expect(await page.getByText('Russia–Turkmenistan', { exact: true }).first().isVisible()).toBe(true);
    const [kaz, uzb] = await page.locator('[data-pair-profile]').evaluateAll((found) => found.map((profile) => profile.getBoundingClientRect().top));
    expect(kaz).toBe(uzb);
    expect(await page.locator('[data-pair-profile="UZB"] ol li button').first().isVisible()).toBe(true);
    expect(await page.locator('.map-area').isVisible()).toBe(false);
    expect(await page.locator('.list-area').isVisible()).toBe(false);
    expect(watched.pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe('initiatives by status without WebGL (SVG map) and their status ladder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws each initiative with its status's dash from the one theme at the end of the period, and none before its first status", async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?to=2010-06-30&lang=en')).toBe('ready');
    expect(await page.locator('.map-host').getAttribute('data-renderer')).toBe('svg');
    const drawn = await page.$$eval('.svg-map [data-status]', (found) =>
      found.map((part) => ({ id: part.dataset.initiative, status: part.dataset.status, className: part.getAttribute('class'), dash: part.getAttribute('stroke-dasharray'), tag: part.tagName })),
    );
    const expected = Object.fromEntries(dataset.initiatives.map((initiative) => [initiative.id, statusAt(initiative, '2010-06-30')]));
    expect(new Set(drawn.map((part) => part.id))).toEqual(new Set(Object.keys(expected).filter((id) => expected[id] !== null)));
    for (const part of drawn) {
      expect(part.status).toBe(expected[part.id!]);
      expect(part.className).toContain(`status-${part.status}`);
    }
    const corridor = drawn.find((part) => part.id === 'instc' && part.tag === 'path')!;
    expect(corridor.dash).toBe(svgStatusLine('agreed').dash);
    expect(drawn.find((part) => part.id === 'instc-eastern-branch')!.dash).toBe(svgStatusLine('under-construction', 1.15).dash);
    expect(await page.locator('.legend li[data-initiative="instc-eastern-branch"]').getAttribute('data-status')).toBe('under-construction');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it("shows the initiative's status ladder with its dates, marks the step in force, and opens the event that moved it", async () => {
    const { page, pageErrors } = await openWatchedPage(browser);
    expect(await gotoApp(page, '/?to=2010-06-30&lang=en')).toBe('ready');
    await page.locator('.svg-map path[data-initiative="instc-eastern-branch"]').first().dispatchEvent('click');
    const ladder = page.locator('[data-card="initiative"] ol');
    await ladder.waitFor();
    const eastern = dataset.initiatives.find((initiative) => initiative.id === 'instc-eastern-branch')!;
    const rungs = await ladder.locator(':scope > li').evaluateAll((found) => found.map((rung) => [rung.getAttribute('data-status'), rung.getAttribute('data-state')]));
    expect(rungs).toEqual(statusLadder(eastern, '2010-06-30').map((rung) => [rung.status, rung.state]));
    const current = ladder.locator('[aria-current="step"]');
    expect(await current.getAttribute('data-status')).toBe('under-construction');
    expect(await current.textContent()).toContain('in force on 30 June 2010');
    const agreedEvent = eastern.status.find((step) => step.status === 'agreed')!.event!;
    const link = ladder.locator(`[data-ladder-event="${agreedEvent}"]`);
    expect(await link.textContent()).toBe(dataset.events.find((event) => event.id === agreedEvent)!.title.en);
    await link.click();
    await expect.poll(() => page.url()).toContain(`event=${agreedEvent}`);
    await page.locator(`aside.detail[data-event-id="${agreedEvent}"]`).waitFor();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
