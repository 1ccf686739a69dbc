import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

const require = createRequire(import.meta.url);
/** axe-core is injected as an inline script, which the app's CSP rightly refuses; only the test lifts it. */
const AXE_CONTEXT = { bypassCSP: true };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Serious and critical axe-core violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core') });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe.run();
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

describe('accessibility (axe-core)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const views: [string, string][] = [
    ['the main view', '/'],
    ['the main view in Kazakh with filters', '/?lang=kk&country=KAZ,RUS&mode=all'],
    ['the embed view', '/?embed&country=UZB'],
    ['the table view', '/?view=table&lang=en'],
    ['presentation mode', '/?story=astana-2022-to-dushanbe-2025&step=2'],
    ['presenting the selection', '/?type=summit&present'],
    ['the about-the-data view', '/?view=about&lang=en'],
  ];
  for (const [name, path] of views) {
    it(`finds no serious or critical violation in ${name}`, async () => {
      const { page } = await openWatchedPage(browser, AXE_CONTEXT);
      expect(await gotoApp(page, path)).toBe('ready');
      expect(await seriousViolations(page)).toEqual([]);
      await page.context().close();
    });
  }

  it('finds none in the lesson editor with a step in it', async () => {
    const { page } = await openWatchedPage(browser, AXE_CONTEXT);
    await gotoApp(page, '/?lang=kk');
    await page.locator('.stories summary').click();
    await page.locator('[data-lesson-new]').click();
    await page.locator('.lesson-author').waitFor();
    await page.locator('.lesson-author select').selectOption({ index: 1 });
    await page.locator('.lesson-author select + button, .lesson-author button').filter({ hasText: /бастама|инициатив/i }).first().click();
    await expect.poll(() => page.locator('[data-lesson-step]').count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('finds none in the open Share dialog', async () => {
    const { page } = await openWatchedPage(browser, AXE_CONTEXT);
    await gotoApp(page, '/?country=KAZ');
    await page.getByRole('button', { name: 'Поделиться' }).click();
    const dialog = page.getByRole('dialog', { name: 'Поделиться или встроить' });
    // The dialog's code loads on first use, so it appears a moment after the click.
    await dialog.waitFor({ state: 'visible' });
    expect(await seriousViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('tells screen readers what the map shows, in the reader’s language', async () => {
    const { page } = await openWatchedPage(browser, AXE_CONTEXT);
    await gotoApp(page, '/?country=TJK&lang=en');
    const summary = await page.locator('.map-summary').textContent();
    expect(summary).toMatch(/^The map shows \d+ events? in \d+ places? from .+ to .+\. Most events: .+\(\d+\)/);
    expect(summary).toContain('Dushanbe');
    await page.context().close();
  });
});
