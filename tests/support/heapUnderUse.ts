/**
 * Exercises the app the way a restless reader does — open the detail panel from a table row, close
 * it with Escape, toggle a filter on and off — and reads the JS heap after a forced garbage
 * collection at checkpoints, with the DOM's node and listener counts. Shared by the leak test and
 * the memory benchmark.
 *
 * Two things make the reading steady enough to compare: the rounds are driven from inside the page
 * (one frame per step; Playwright's round trips per action made a round take over a second), and
 * each reading waits for the page to go quiet first (MapLibre's worker answers a filter change with
 * buffers for a while after it; read mid-flight they swing the heap by a megabyte).
 */
import type { CDPSession, Page } from 'playwright-core';

/** A working page keeps no more than this per round once warmed up (a leaked panel would keep tens of KB). */
export const SETTLED_BYTES_PER_ROUND = 16 * 1024;

const QUIET_MS = 1000;

export interface HeapCheckpoint {
  /** Rounds done when the reading was taken. */
  round: number;
  /** V8 heap in use after a forced garbage collection, in bytes. */
  usedBytes: number;
  nodes: number;
  listeners: number;
}

/** V8 heap in use, in bytes, after two forced garbage collections (the second frees what the first unlinked). */
export async function usedHeapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  return usedSize;
}

async function readCheckpoint(page: Page, session: CDPSession, round: number): Promise<HeapCheckpoint> {
  await page.waitForTimeout(QUIET_MS);
  const usedBytes = await usedHeapAfterGc(session);
  const { nodes, jsEventListeners } = await session.send('Memory.getDOMCounters');
  return { round, usedBytes, nodes, listeners: jsEventListeners };
}

/** Runs rounds `from`…`to` − 1 inside the page. */
async function runRounds(page: Page, from: number, to: number): Promise<void> {
  // No named helpers in here: tsx (the benchmarks) would wrap them in a __name() call the page does not have.
  await page.evaluate(
    async ([from, to]) => {
      for (let round = from; round < to; round += 1) {
        const rows = document.querySelectorAll<HTMLElement>('tr[data-event-id]');
        if (rows.length < 5) throw new Error('the table lists fewer than 5 events');
        rows[round % 5].click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (!document.querySelector('aside.detail')) throw new Error(`round ${round}: the detail panel did not open`);
        (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        if (document.querySelector('aside.detail')) throw new Error(`round ${round}: Escape did not close the detail panel`);
        const filter = document.querySelector<HTMLInputElement>('.filters-area input[type="checkbox"]');
        if (!filter) throw new Error('no filter checkbox');
        for (let toggle = 0; toggle < 2; toggle += 1) {
          filter.click();
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        }
      }
    },
    [from, to] as const,
  );
}

/**
 * Expects the page on `/?view=table`, ready. Runs `warmUpRounds` first (lazy chunks, caches and
 * compiled code are not leaks), then reads the heap at round 0 of the measured rounds and every
 * `checkpointEvery` rounds up to `rounds`.
 */
export async function heapUnderUse(page: Page, { warmUpRounds, rounds, checkpointEvery }: { warmUpRounds: number; rounds: number; checkpointEvery: number }): Promise<HeapCheckpoint[]> {
  const session = await page.context().newCDPSession(page);
  try {
    await runRounds(page, 0, warmUpRounds);
    const checkpoints = [await readCheckpoint(page, session, 0)];
    for (let done = 0; done < rounds; ) {
      const next = Math.min(rounds, done + checkpointEvery);
      await runRounds(page, warmUpRounds + done, warmUpRounds + next);
      done = next;
      checkpoints.push(await readCheckpoint(page, session, done));
    }
    return checkpoints;
  } finally {
    await session.detach();
  }
}

/** Heap growth per round between two checkpoints, in bytes. */
export function growthPerRound(from: HeapCheckpoint, to: HeapCheckpoint): number {
  return (to.usedBytes - from.usedBytes) / Math.max(1, to.round - from.round);
}
