/**
 * Shared pieces of the benchmarks: the static server (so the app and the bare MapLibre page are
 * served the same way), Chromium with the flags that work here, percentiles and the row shape.
 */
import { join } from 'node:path';

export { serveStatic, type StaticServer } from '../support/serveStatic.ts';

export const ROOT = join(import.meta.dirname, '../..');

export { launchChromium as launchBenchBrowser } from '../support/chromium.ts';

/** Median and percentiles of a sample. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** One line of the results table. */
export interface BenchRow {
  benchmark: string;
  metric: string;
  value: number;
  unit: string;
  /** The target, e.g. "≤ 1.15"; absent when there is none. */
  target?: string;
  pass?: boolean;
}

/** A benchmark module in tests/bench/benchmarks/ default-exports one of these. */
export interface Benchmark {
  name: string;
  /** Lower runs first (builds shared by several benchmarks happen once). */
  order?: number;
  run(): Promise<BenchRow[]>;
}
