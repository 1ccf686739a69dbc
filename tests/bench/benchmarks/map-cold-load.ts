/**
 * Cold load of the production build to `data-state="ready"` against a bare MapLibre page drawing the
 * same geometry and event places, served the same way. Runs alternate (app, bare, app, bare…), each
 * in a fresh browser context, and the ratio of the medians is reported. Target: ≤ 1.15.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readDataFiles, todayIso } from '../../../scripts/readDataFiles.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { eventPlacesGeoJson, groupEventsByPlace } from '../../../src/lib/geo/eventPlaces.ts';
import { ROOT, launchBenchBrowser, percentile, serveStatic, type Benchmark, type BenchRow } from '../support.ts';

const RUNS = Number(process.env.MAP_BENCH_RUNS ?? 7);
const TARGET = 1.15;
const VIEWPORT = { width: 1280, height: 800 };

/** The bare page in a temporary folder, with MapLibre, topojson-client and the data copied beside it. */
function buildBarePage(): string {
  const folder = mkdtempSync(join(tmpdir(), 'map-bench-'));
  for (const file of ['index.html', 'bare.js']) copyFileSync(join(ROOT, 'tests/bench/bare', file), join(folder, file));
  for (const file of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(ROOT, 'node_modules/maplibre-gl/dist', file), join(folder, file));
  copyFileSync(join(ROOT, 'node_modules/topojson-client/dist/topojson-client.min.js'), join(folder, 'topojson-client.min.js'));
  copyFileSync(join(ROOT, 'src/generated/region.topo.json'), join(folder, 'region.topo.json'));
  const { dataset } = validateDataset(readDataFiles(process.env.RELATIONS_DATA_ROOT ?? ROOT), todayIso());
  if (!dataset) throw new Error('map bench: the data is invalid');
  writeFileSync(join(folder, 'places.json'), JSON.stringify(eventPlacesGeoJson(groupEventsByPlace(dataset.events))));
  return folder;
}

/** Milliseconds from navigation to the page's `app-ready` mark, in a fresh context. */
async function coldLoad(browser: Browser, url: string, measureMap = false): Promise<{ ms: number; timelineMs: number; map?: { width: number; height: number } }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 60_000 });
    const [ms, timelineMs] = await page.evaluate(() =>
      ['app-ready', 'timeline-ready'].map((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? Number.NaN),
    );
    const map = measureMap
      ? await page.evaluate(() => {
          const box = document.querySelector('.map-host')?.getBoundingClientRect();
          return { width: Math.round(box?.width ?? 1000), height: Math.round(box?.height ?? 600) };
        })
      : undefined;
    return { ms, timelineMs, map };
  } finally {
    await context.close();
  }
}

const mapColdLoad: Benchmark = {
  name: 'map cold load',
  order: 30,
  async run() {
    const dist = join(ROOT, process.env.BENCH_DIST ?? 'dist');
    readFileSync(join(dist, 'index.html'));
    const bareFolder = buildBarePage();
    const app = await serveStatic(dist);
    const bare = await serveStatic(bareFolder);
    const browser = await launchBenchBrowser();
    try {
      // A warm-up of each page (not counted) so the browser's own first start does not land on one side.
      const { map } = await coldLoad(browser, `${app.url}/`, true);
      const bareUrl = `${bare.url}/index.html?w=${map?.width}&h=${map?.height}`;
      await coldLoad(browser, bareUrl);
      const appTimes: number[] = [];
      const timelineTimes: number[] = [];
      const bareTimes: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const appRun = await coldLoad(browser, `${app.url}/`);
        appTimes.push(appRun.ms);
        timelineTimes.push(appRun.timelineMs);
        bareTimes.push((await coldLoad(browser, bareUrl)).ms);
      }
      const appMedian = percentile(appTimes, 50);
      const bareMedian = percentile(bareTimes, 50);
      const ratio = appMedian / bareMedian;
      const rows: BenchRow[] = [
        { benchmark: 'map cold load', metric: `app: timeline interactive (timeline-ready), median of ${RUNS}`, value: Math.round(percentile(timelineTimes, 50)), unit: 'ms' },
        { benchmark: 'map cold load', metric: `app to ready, median of ${RUNS}`, value: Math.round(appMedian), unit: 'ms' },
        { benchmark: 'map cold load', metric: `bare MapLibre to idle, median of ${RUNS} (${map?.width}×${map?.height})`, value: Math.round(bareMedian), unit: 'ms' },
        { benchmark: 'map cold load', metric: 'ratio app / bare', value: Number(ratio.toFixed(3)), unit: '×', target: `≤ ${TARGET}`, pass: ratio <= TARGET },
      ];
      console.error(`map cold load: app ${appTimes.map(Math.round).join(', ')} ms; bare ${bareTimes.map(Math.round).join(', ')} ms`);
      return rows;
    } finally {
      await browser.close();
      await app.close();
      await bare.close();
      rmSync(bareFolder, { recursive: true, force: true });
    }
  },
};

export default mapColdLoad;
