/**
 * Bytes the reader downloads, per chunk of the production build, gzipped. Target: everything but
 * MapLibre (its library chunk and worker) at most 150 KB gzipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, type Benchmark, type BenchRow } from '../support.ts';

const BUDGET_KB = 150;

function kind(file: string): string {
  if (/maplibre/i.test(file)) return 'maplibre';
  if (/dataset|topo/i.test(file)) return 'data';
  if (file.endsWith('.css')) return 'css';
  if (/\.(m?js)$/.test(file)) return 'js';
  return 'other';
}

const bundleSize: Benchmark = {
  name: 'bundle size',
  order: 10,
  async run() {
    const assets = join(ROOT, 'dist/assets');
    const rows: BenchRow[] = [];
    let budgeted = 0;
    for (const file of readdirSync(assets).sort()) {
      const type = kind(file);
      if (type === 'other') continue;
      const gzipped = gzipSync(readFileSync(join(assets, file)), { level: 9 }).length / 1024;
      if (type !== 'maplibre') budgeted += gzipped;
      rows.push({ benchmark: 'bundle size', metric: `${type}: ${file.replace(/-[\w-]{8}\.(m?js|css)$/, '.$1')}`, value: Number(gzipped.toFixed(1)), unit: 'KB gz' });
    }
    const html = gzipSync(readFileSync(join(ROOT, 'dist/index.html'))).length / 1024;
    budgeted += html;
    rows.push({ benchmark: 'bundle size', metric: 'html: index.html', value: Number(html.toFixed(1)), unit: 'KB gz' });
    rows.push({
      benchmark: 'bundle size',
      metric: 'total without MapLibre (JS + CSS + data + HTML)',
      value: Number(budgeted.toFixed(1)),
      unit: 'KB gz',
      target: `≤ ${BUDGET_KB}`,
      pass: budgeted <= BUDGET_KB,
    });
    return rows;
  },
};

export default bundleSize;
