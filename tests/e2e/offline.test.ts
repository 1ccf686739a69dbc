/**
 * Repeat visits and classrooms: after one visit the app opens with the network off, at any of its
 * addresses, and a new release replaces the stored one. Each test serves its own copy of the build,
 * so it can take files away or publish a "new release" in place.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/buildAppVariant.ts';
import { serveStatic, type StaticServer } from '../support/serveStatic.ts';
import { launchBrowser, openWatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';
import { serveHostSite } from './support/staticServer.ts';

const EVENT = shippedDataset().events.find((event) => event.id === '2025-10-09-dushanbe-ca-russia-summit')!;
const BUILD = resolve(REPO_ROOT, process.env.E2E_DIST ?? 'dist');
const SINGLE_BUILD = resolve(REPO_ROOT, process.env.E2E_SINGLE_DIST ?? 'dist-single');
/** The strict policy tests/e2e/reliability.test.ts holds the app to: registering must not break it. */
const STRICT_POLICY = "script-src 'self'; object-src 'none'; base-uri 'self'; connect-src 'self'; worker-src 'self' blob:";
/** Playwright's advice is to block workers where tests rewrite requests; these tests need them. */
const WITH_WORKERS = { serviceWorkers: 'allow' } as const;
/** Each test loads the app three or four times, on a machine that may be busy. */
const SEVERAL_LOADS = 300_000;

async function waitForState(page: Page | Frame): Promise<string> {
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 90_000 });
  return (await page.evaluate(() => document.documentElement.dataset.state)) ?? '';
}

/** Waits until the worker has stored the release and answers for the page. */
async function waitForWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

describe('the service worker', () => {
  let browser: Browser;
  let server: StaticServer | undefined;
  let copy: string | undefined;

  /** Serves a fresh copy of the build, as a plain host would, under the strict policy header. */
  async function serveCopy(): Promise<{ url: string; folder: string }> {
    copy = mkdtempSync(join(tmpdir(), 'offline-e2e-'));
    cpSync(BUILD, copy, { recursive: true });
    server = await serveStatic(copy, { 'content-security-policy': STRICT_POLICY });
    return { url: server.url, folder: copy };
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await server?.close();
    if (copy) rmSync(copy, { recursive: true, force: true });
    server = undefined;
    copy = undefined;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the app again with the network off and the files gone from the host, at any address', async () => {
    const { url, folder } = await serveCopy();
    const { page, pageErrors, cspViolations } = await openWatchedPage(browser, WITH_WORKERS);
    await page.goto(`${url}/`);
    expect(await waitForState(page)).toBe('ready');
    await waitForWorker(page);
    expect(await cacheNames(page)).toEqual([expect.stringMatching(/^relations-map-[0-9a-f]{12}$/)]);

    const context = page.context();
    await context.setOffline(true);
    rmSync(folder, { recursive: true, force: true });
    const failed: string[] = [];
    context.on('requestfailed', (request) => failed.push(request.url()));

    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    expect(await waitForState(page)).toBe('ready');

    // A pupil's link to another view: another query, a new tab.
    const table = await context.newPage();
    table.on('pageerror', (error) => pageErrors.push(error.message));
    await table.goto(`${url}/?lang=en&view=table`);
    expect(await waitForState(table)).toBe('ready');
    expect(await table.getAttribute('html', 'lang')).toBe('en');
    expect(await table.locator('tbody tr[data-event-id]').count()).toBeGreaterThan(0);

    // An event's summary comes from a chunk loaded after the first view.
    const detail = await context.newPage();
    detail.on('pageerror', (error) => pageErrors.push(error.message));
    await detail.goto(`${url}/?lang=en&event=${EVENT.id}`);
    expect(await waitForState(detail)).toBe('ready');
    await expect.poll(() => detail.locator('body').innerText(), { timeout: 30_000 }).toContain(EVENT.summary.en.slice(0, 60));

    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  }, SEVERAL_LOADS);

  it('stores a new release on the next visit, deletes the old one, and opens it on the visit after', async () => {
    const { url, folder } = await serveCopy();
    const { page, pageErrors } = await openWatchedPage(browser, WITH_WORKERS);
    await page.goto(`${url}/`);
    expect(await waitForState(page)).toBe('ready');
    await waitForWorker(page);
    const [first] = await cacheNames(page);
    const firstVersion = first.replace('relations-map-', '');

    // A new release: another page and another worker (the build would write a new version into it).
    const nextPage = readFileSync(join(folder, 'index.html'), 'utf8').replace('<head>', '<head><meta name="release" content="second">');
    writeFileSync(join(folder, 'index.html'), nextPage);
    const worker = readFileSync(join(folder, 'sw.js'), 'utf8');
    expect(worker).toContain(firstVersion);
    writeFileSync(join(folder, 'sw.js'), worker.replaceAll(firstVersion, 'second000000'));

    // This visit still opens the stored release, and the browser finds the new worker.
    await page.reload();
    expect(await waitForState(page)).toBe('ready');
    expect(await page.locator('meta[name="release"]').count()).toBe(0);
    await expect.poll(() => cacheNames(page), { timeout: 60_000 }).toEqual(['relations-map-second000000']);

    await page.reload();
    expect(await waitForState(page)).toBe('ready');
    expect(await page.locator('meta[name="release"]').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, SEVERAL_LOADS);

  it('is not registered by the embed inside another site, which still draws', async () => {
    const { url } = await serveCopy();
    const article = await serveHostSite(join(import.meta.dirname, 'fixtures'), url);
    try {
      const { page, pageErrors } = await openWatchedPage(browser, WITH_WORKERS);
      await page.goto(`${article.origin}/article.html`);
      const frame = (await (await page.locator('[data-relations-map] iframe').elementHandle())!.contentFrame())!;
      expect(await waitForState(frame)).toBe('ready');
      await page.waitForTimeout(500);
      expect(await frame.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length))).toBe(0);
      expect(pageErrors).toEqual([]);
      await page.context().close();
    } finally {
      await article.close();
    }
  }, SEVERAL_LOADS);

  it('is not part of the single-file build, which opens from disk', () => {
    expect(readFileSync(join(SINGLE_BUILD, 'index.html'), 'utf8')).not.toContain('<meta name="service-worker"');
    expect(existsSync(join(SINGLE_BUILD, 'sw.js'))).toBe(false);
    expect(readFileSync(join(BUILD, 'index.html'), 'utf8')).toContain('<meta name="service-worker" content="/sw.js">');
  });
});
