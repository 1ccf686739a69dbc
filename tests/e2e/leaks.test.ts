import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthPerRound, heapUnderUse, SETTLED_BYTES_PER_ROUND } from '../support/heapUnderUse.ts';
import { gotoApp, launchBrowser, openWatchedPage } from './support/browser.ts';

describe('memory under repeated use', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // The benchmark (tests/bench/benchmarks/memory.ts) runs 200 rounds; 20 warm-up and 40 measured keep this under a minute.
  it('settles while the detail panel opens and closes and a filter toggles, round after round', async () => {
    const { page, pageErrors } = await openWatchedPage(browser, { reducedMotion: 'reduce' });
    // One country's table (about a hundred rows) keeps the rounds quick; the benchmark measures the whole record.
    expect(await gotoApp(page, '/?view=table&country=TKM')).toBe('ready');
    const [start, middle, end] = await heapUnderUse(page, { warmUpRounds: 20, rounds: 40, checkpointEvery: 20 });
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
    console.info(`heap after warm-up ${mb(start.usedBytes)}, after 20 more rounds ${mb(middle.usedBytes)}, after 40 ${mb(end.usedBytes)}`);

    expect(growthPerRound(middle, end)).toBeLessThan(SETTLED_BYTES_PER_ROUND);
    // A panel left behind would add its hundred-odd nodes and its listeners every round.
    expect(end.nodes).toBeLessThanOrEqual(middle.nodes + 20);
    expect(end.listeners).toBeLessThanOrEqual(middle.listeners + 2);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 90_000);
});
