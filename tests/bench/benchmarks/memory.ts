/**
 * Memory: the JS heap (after a forced garbage collection) once the app is ready, with the shipped
 * data and with 10,000 synthetic events; and whether it settles under use — 200 rounds of opening
 * and closing the detail panel and toggling a filter on the shipped data, after 20 warm-up rounds.
 * It settles when the last 100 rounds keep less than SETTLED_BYTES_PER_ROUND each.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { growthPerRound, heapUnderUse, SETTLED_BYTES_PER_ROUND, usedHeapAfterGc } from '../../support/heapUnderUse.ts';
import { launchBenchBrowser, ROOT, serveStatic, type Benchmark, type BenchRow } from '../support.ts';
import { buildSyntheticApp } from '../syntheticDataset.ts';

const ROUNDS = 200;
const WARM_UP_ROUNDS = 20;
const MB = 2 ** 20;
const megabytes = (bytes: number) => Number((bytes / MB).toFixed(2));

/** Opens `path` of the app served from `dist` and waits until it is ready. */
async function openApp(browser: Browser, dist: string, path: string) {
  const server = await serveStatic(dist);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 60_000 });
  const events = await page.locator('[data-result-count]').first().getAttribute('data-result-count');
  return {
    page,
    events: Number(events),
    close: async () => {
      await context.close();
      await server.close();
    },
  };
}

/** Heap after load, with the page left a second to go quiet. */
async function heapAfterLoad(browser: Browser, dist: string): Promise<BenchRow> {
  const app = await openApp(browser, dist, '/');
  try {
    await app.page.waitForTimeout(1000);
    const usedSize = await usedHeapAfterGc(await app.page.context().newCDPSession(app.page));
    return { benchmark: 'memory', metric: `JS heap after load, ${app.events.toLocaleString('en')} events`, value: megabytes(usedSize), unit: 'MB' };
  } finally {
    await app.close();
  }
}

const memory: Benchmark = {
  name: 'memory',
  order: 45,
  async run() {
    const shipped = join(ROOT, process.env.BENCH_DIST ?? 'dist');
    readFileSync(join(shipped, 'index.html'));
    const work = mkdtempSync(join(tmpdir(), 'relations-memory-'));
    const browser = await launchBenchBrowser();
    const rows: BenchRow[] = [];
    try {
      rows.push(await heapAfterLoad(browser, shipped));
      rows.push(await heapAfterLoad(browser, await buildSyntheticApp(ROOT, work, 10_000)));

      const app = await openApp(browser, shipped, '/?view=table');
      try {
        const checkpoints = await heapUnderUse(app.page, { warmUpRounds: WARM_UP_ROUNDS, rounds: ROUNDS, checkpointEvery: ROUNDS / 2 });
        const [before, middle, after] = checkpoints;
        const lastHalf = growthPerRound(middle, after);
        const label = `${ROUNDS} rounds of panel open/close + filter toggle`;
        rows.push(
          { benchmark: 'memory', metric: `JS heap before ${label} (after ${WARM_UP_ROUNDS} warm-up rounds)`, value: megabytes(before.usedBytes), unit: 'MB' },
          { benchmark: 'memory', metric: `JS heap after ${label}`, value: megabytes(after.usedBytes), unit: 'MB' },
          {
            benchmark: 'memory',
            metric: `JS heap growth per round over the last ${ROUNDS / 2} rounds (settles)`,
            value: Number((lastHalf / 1024).toFixed(2)),
            unit: 'KB',
            target: `< ${SETTLED_BYTES_PER_ROUND / 1024}`,
            pass: lastHalf < SETTLED_BYTES_PER_ROUND,
          },
          { benchmark: 'memory', metric: `DOM nodes added over ${label}`, value: after.nodes - before.nodes, unit: 'nodes' },
          { benchmark: 'memory', metric: `JS event listeners added over ${label}`, value: after.listeners - before.listeners, unit: 'listeners' },
        );
      } finally {
        await app.close();
      }
    } finally {
      await browser.close();
      rmSync(work, { recursive: true, force: true });
    }
    return rows;
  },
};

export default memory;
