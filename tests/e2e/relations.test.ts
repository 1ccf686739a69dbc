import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countPairYearCells, PARTNERS } from '../../src/lib/data/pairCounts.ts';
import { statusAt } from '../../src/lib/data/initiativeStatus.ts';
import { levelSteps } from '../../src/lib/data/pairProfile.ts';
import { gotoApp, launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const require = createRequire(import.meta.url);
const dataset = shippedDataset();
const thisYear = new Date().getFullYear();
const cells = '#view-panel-relations td[data-pair]';

async function cellCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval(cells, (found) => Object.fromEntries(found.map((cell) => [`${cell.dataset.pair} ${cell.dataset.year}`, Number(cell.dataset.count)])));
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

  async function open(path: string, { grid = true } = {}): Promise<Page> {
    watched = await openWatchedPage(browser, { bypassCSP: true });
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
});
