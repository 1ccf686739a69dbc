/**
 * Chromium through playwright-core (Debian's /usr/bin/chromium, or CHROMIUM_PATH), and a page
 * wrapper that records what every end-to-end test must refuse: page errors, console errors and
 * requests to any host but the app's own.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../support/chromium.ts';

export function baseUrl(): string {
  return inject('baseUrl');
}

export const launchBrowser: (extraArgs?: string[]) => Promise<Browser> = launchChromium;

export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** Requests whose origin is not the app's. */
  foreignRequests: string[];
  /** Content-Security-Policy violations reported by the page. */
  cspViolations: string[];
}

/** A fresh context and page that records errors and foreign requests. */
export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  // The service worker answers from its cache once it controls the page, where page.route cannot see; only offline.test.ts lets it run.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, pageErrors: [], foreignRequests: [], cspViolations: [] };
  const origin = new URL(baseUrl()).origin;
  page.on('pageerror', (error) => watched.pageErrors.push(error.message));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watched.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content.Security.Policy/i.test(message.text())) watched.cspViolations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}

/** Opens `path` of the app and waits until the page says it is ready (or failed). */
export async function gotoApp(page: Page, path = '/'): Promise<string> {
  await page.goto(`${baseUrl()}${path}`);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.state ?? ''), undefined, { timeout: 30_000 });
  return (await page.evaluate(() => document.documentElement.dataset.state)) ?? '';
}
