/**
 * The first view ships without the events' texts (summaries, notes, sources, quotes): the page is
 * ready before they are asked for, an opened event shows them as soon as they land, and the search
 * reaches summaries once they have.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../src/lib/data/searchText.ts';
import type { RelationsEvent } from '../../src/lib/data/schema.ts';
import { gotoApp, launchBrowser, openWatchedPage, type WatchedPage } from './support/browser.ts';
import { shippedDataset } from './support/shippedDataset.ts';

const TEXTS_FILE = /event-texts-[\w-]+\.json$/;
const dataset = shippedDataset();

/** What the search finds before the texts arrive: titles, places, people and quotes. */
function coreText(event: RelationsEvent): string {
  const texts = [event.title, event.place.name, ...(event.people ?? []).map((person) => person.name)];
  const quotes = (event.quotes ?? []).flatMap((quote) => [quote.text, ...Object.values(quote.translation), ...Object.values(quote.speaker)]);
  return normalizeForSearch([...texts.flatMap((text) => Object.values(text)), ...quotes].join(' '));
}

/** A word of some event's Russian summary that no event's title, place, name or quote holds. */
function summaryOnlyWord(): { word: string; event: RelationsEvent } {
  const everyCore = dataset.events.map(coreText).join(' ');
  for (const event of dataset.events) {
    for (const word of normalizeForSearch(event.summary.ru).split(/[^\p{L}]+/u)) {
      if (word.length >= 8 && !everyCore.includes(word)) return { word, event };
    }
  }
  throw new Error('every summary word also appears in a title');
}

describe('the events’ texts load after the first view', () => {
  let browser: Browser;
  let watched: WatchedPage;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function closePage(): Promise<void> {
    expect(watched.pageErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    await watched.page.context().close();
  }

  /** Holds every request for the texts until `release` is called. */
  async function holdTexts(page: Page): Promise<{ release(): void; requested(): number }> {
    const held: Route[] = [];
    let open = false;
    await page.route(TEXTS_FILE, (route) => (open ? route.continue() : held.push(route)));
    return {
      release() {
        open = true;
        for (const route of held.splice(0)) void route.continue();
      },
      requested: () => held.length,
    };
  }

  it('is ready before the texts are asked for, and asks for them once the page is idle', async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    expect(await gotoApp(page)).toBe('ready');
    await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /event-texts/.test(entry.name)))).toBe(true);
    // pageState marks `app-ready` in the task that sets data-state="ready".
    const [readyAt, textsAt] = await page.evaluate(() => [
      performance.getEntriesByName('app-ready')[0]?.startTime ?? Infinity,
      performance.getEntriesByType('resource').find((entry) => /event-texts/.test(entry.name))?.startTime ?? 0,
    ]);
    expect(textsAt).toBeGreaterThan(readyAt);
    await closePage();
  }, 120_000);

  it('opening an event before its texts arrive shows its title at once, then its summary and sources', async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    const texts = await holdTexts(page);
    expect(await gotoApp(page)).toBe('ready');
    const glyph = page.locator('.timeline [data-event-id][tabindex="0"]');
    const id = await glyph.getAttribute('data-event-id');
    const event = dataset.events.find((candidate) => candidate.id === id);
    if (!event) throw new Error(`no event ${id} in the data`);
    await glyph.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator(`aside.detail[data-event-id="${id}"]`);
    await expect.poll(() => panel.locator('#event-detail-title').textContent()).toContain(event.title.ru);
    await expect.poll(() => panel.locator('[data-texts-pending]').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');

    texts.release();
    await expect.poll(() => panel.locator('p.summary').textContent()).toBe(event.summary.ru);
    expect(await panel.locator('[data-texts-pending]').count()).toBe(0);
    expect(await panel.locator('ol.sources > li').count()).toBe(event.sources.length);
    expect(await panel.locator('ol.sources a').first().getAttribute('href')).toBe(event.sources[0].url);
    await closePage();
  }, 120_000);

  it('a failed download says so and offers a retry that brings the texts; the page stays ready', async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    let fail = true;
    await page.route(TEXTS_FILE, (route) => (fail ? route.abort() : route.continue()));
    expect(await gotoApp(page)).toBe('ready');
    const glyph = page.locator('.timeline [data-event-id][tabindex="0"]');
    await glyph.focus();
    await page.keyboard.press('Enter');
    const failed = page.locator('aside.detail [data-texts-failed]');
    await expect.poll(() => failed.count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.dataset.state)).toBe('ready');
    // The failed import's console line is expected; the page must not throw.
    fail = false;
    await failed.getByRole('button').click();
    await expect.poll(() => page.locator('aside.detail p.summary').count()).toBe(1);
    await closePage();
  }, 120_000);

  it('searching a word found only in a summary says the texts are loading, then finds the event once they land', async () => {
    const { word, event } = summaryOnlyWord();
    watched = await openWatchedPage(browser);
    const { page } = watched;
    const texts = await holdTexts(page);
    expect(await gotoApp(page)).toBe('ready');
    await page.getByRole('searchbox').fill(word);
    const notice = page.locator('#search-texts-notice');
    await expect.poll(() => notice.textContent()).toMatch(/заголовкам/);
    expect(await notice.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => page.getAttribute('[data-result-count]', 'data-result-count')).toBe('0');

    texts.release();
    await expect.poll(() => page.locator(`.timeline [data-event-id="${event.id}"]`).count()).toBe(1);
    expect(Number(await page.getAttribute('[data-result-count]', 'data-result-count'))).toBeGreaterThan(0);
    expect((await notice.textContent())?.trim()).toBe('');
    await closePage();
  }, 120_000);

  it('measures the time from opening an event the moment the page is ready to its summary showing', async () => {
    watched = await openWatchedPage(browser);
    const { page } = watched;
    // In the page, in the same task that marks it ready: before any idle time could fetch the texts.
    await page.addInitScript(() => {
      // The init script runs before <html> exists: watch the whole document for the attribute.
      const observer = new MutationObserver(() => {
        if (document.documentElement?.dataset.state !== 'ready') return;
        observer.disconnect();
        const glyph = document.querySelector('.timeline [data-event-id][tabindex="0"]');
        const start = performance.now();
        glyph?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        const check = () => {
          if (document.querySelector('aside.detail p.summary')) (window as unknown as { summaryAfter: number }).summaryAfter = performance.now() - start;
          else requestAnimationFrame(check);
        };
        check();
      });
      observer.observe(document, { attributes: true, subtree: true, attributeFilter: ['data-state'] });
    });
    expect(await gotoApp(page)).toBe('ready');
    await page.waitForFunction(() => (window as unknown as { summaryAfter?: number }).summaryAfter !== undefined);
    const elapsed = await page.evaluate(() => (window as unknown as { summaryAfter: number }).summaryAfter);
    console.log(`opened at ready → summary shown after ${Math.round(elapsed)} ms`);
    expect(elapsed).toBeLessThan(5_000);
    await closePage();
  }, 120_000);
});
