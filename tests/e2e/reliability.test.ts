/**
 * Abuse: a strict page policy, data full of HTML and script, hostile query strings. The app must
 * stay up, show text as text, and talk to no one but its own origin.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAppVariant, REPO_ROOT } from '../support/buildAppVariant.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';

/** The policy issue 6 asks to hold, sent as a real header on top of the build's own meta tag. */
const STRICT_POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'; connect-src 'self'; worker-src 'self' blob:";
const HOSTILE_MARKERS = ['<img src=x onerror=', '<script>window.__pwned', '<svg onload=', '<iframe srcdoc='];

async function waitForState(page: Page): Promise<string> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 30_000 });
  return (await page.evaluate(() => document.documentElement.dataset.state)) ?? '';
}

/** Nothing from the data ran: no flag set, no element the data tried to inject. */
async function expectNothingInjected(page: Page): Promise<void> {
  const injected = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    elements: document.querySelectorAll('img[src="x"], iframe[srcdoc], svg[onload], [onerror], [onmouseover], a[href^="javascript:"]').length,
  }));
  expect(injected).toEqual({ pwned: null, elements: 0 });
}

describe('under a strict Content-Security-Policy header', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serveStatic(resolve(REPO_ROOT, process.env.E2E_DIST ?? 'dist'), { 'content-security-policy': STRICT_POLICY });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const path of ['/', '/?view=table', '/?embed', '/?event=2025-10-09-dushanbe-ca-russia-summit']) {
    it(`draws ${path} with zero policy violations, no page error and no foreign request`, async () => {
      const watched = await openWatchedPage(browser);
      await watched.page.goto(`${server.url}${path}`);
      expect(await waitForState(watched.page)).toBe('ready');
      await watched.page.waitForTimeout(300);
      expect(watched.cspViolations).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      expect(watched.foreignRequests.filter((url) => !url.startsWith(server.url))).toEqual([]);
      await watched.page.context().close();
    });
  }

  it('ships the policy in the built page itself', () => {
    const html = readFileSync(resolve(REPO_ROOT, process.env.E2E_DIST ?? 'dist', 'index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src (&#39;|')self(&#39;|')/);
  });
});

describe('text from data that contains HTML or script', () => {
  let browser: Browser;
  let server: StaticServer;
  const EVENT = '2025-10-09-dushanbe-ca-russia-summit';

  beforeAll(async () => {
    const outDir = await buildAppVariant(join(REPO_ROOT, 'tests/fixtures/hostile'), 'dist-hostile');
    server = await serveStatic(outDir);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<WatchedPage> {
    const watched = await openWatchedPage(browser, { acceptDownloads: true });
    await watched.page.goto(`${server.url}${path}`);
    expect(await waitForState(watched.page)).toBe('ready');
    return watched;
  }

  async function expectShownAsText(watched: WatchedPage): Promise<void> {
    await expectNothingInjected(watched.page);
    expect(watched.pageErrors).toEqual([]);
    const text = await watched.page.evaluate(() => document.body.innerText);
    expect(HOSTILE_MARKERS.some((marker) => text.includes(marker))).toBe(true);
  }

  it('shows it as text in the detail panel', async () => {
    const watched = await open(`/?event=${EVENT}`);
    const panelText = await watched.page.locator('[role="dialog"], aside, [data-panel="event-detail"]').allInnerTexts();
    expect(panelText.join(' ')).toContain('<img src=x onerror=');
    await expectShownAsText(watched);
    await watched.page.context().close();
  });

  it('shows it as text in the table', async () => {
    const watched = await open('/?view=table');
    const row = watched.page.locator(`tr[data-event-id="${EVENT}"]`);
    await expect(row.innerText()).resolves.toContain('<img src=x onerror=');
    await expectShownAsText(watched);
    await watched.page.context().close();
  });

  it('shows it as text in the embed view and in the print handout', async () => {
    const embed = await open(`/?embed&event=${EVENT}`);
    await expectNothingInjected(embed.page);
    expect(embed.pageErrors).toEqual([]);
    await embed.page.context().close();

    const printed = await open('/');
    await printed.page.emulateMedia({ media: 'print' });
    await printed.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await printed.page.waitForTimeout(200);
    await expectShownAsText(printed);
    await printed.page.context().close();
  });

  it('shows it as text in the map tooltip and the story captions', async () => {
    const watched = await open(`/?story=astana-to-dushanbe&step=1`);
    await expectNothingInjected(watched.page);
    await watched.page.locator('button[data-place]').first().hover({ force: true });
    await watched.page.waitForTimeout(300);
    await expectShownAsText(watched);
    await watched.page.context().close();
  });

  it('keeps it as inert text in the CSV and JSON downloads, with spreadsheet formulas defused', async () => {
    const watched = await open('/?view=table');
    const csvDownload = watched.page.waitForEvent('download');
    await watched.page.getByRole('link', { name: 'CSV', exact: true }).click();
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    expect(csv).toContain('<img src=x onerror=');
    expect(csv).not.toMatch(/(^|,)"?=1\+2/m);

    const jsonDownload = watched.page.waitForEvent('download');
    await watched.page.getByRole('link', { name: 'JSON', exact: true }).click();
    const json = JSON.parse(readFileSync((await (await jsonDownload).path())!, 'utf8'));
    expect(JSON.stringify(json)).toContain('<img src=x onerror=');
    await expectNothingInjected(watched.page);
    await watched.page.context().close();
  });
});
