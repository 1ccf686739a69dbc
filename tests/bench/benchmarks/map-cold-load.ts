/**
 * Cold load of the production build against two baselines served the same way: a bare MapLibre page
 * drawing the same geometry and event places (target: app ready ≤ 1.15 × bare), and Knight Lab's
 * TimelineJS showing the same events (target: our timeline interactive ≤ 1.0 × TimelineJS loaded).
 * Twice: on a desktop screen, and on a phone's (390×844) with the CPU slowed 4× (CDP
 * `Emulation.setCPUThrottlingRate`, the DevTools "4× slowdown"). Runs alternate (app, bare,
 * TimelineJS, app…), each in a fresh browser context, and ratios are of the medians.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { readDataFiles, todayIso } from '../../../scripts/readDataFiles.ts';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { buildBarePage } from '../bare/buildBarePage.ts';
import { ROOT, launchBenchBrowser, percentile, serveStatic, type Benchmark, type BenchRow } from '../support.ts';
import { buildTimelineJsPage } from '../timelinejs/buildTimelineJsPage.ts';

const MAP_TARGET = 1.15;
const TIMELINE_TARGET = 1.0;
/** The app's marks read after each load, besides `app-ready`: where its time goes. */
const APP_MARKS = ['timeline-ready', 'map-created', 'map-loaded', 'map-idle'] as const;

interface Profile {
  label: string;
  runs: number;
  context: BrowserContextOptions;
  /** CPU slowdown factor (1: none). */
  cpuRate: number;
}

// A phone at device pixel ratio 1: SwiftShader draws every pixel on the CPU here, and 3× the
// pixels would measure its fill rate rather than the app; the bare page draws the same pixels.
const PROFILES: Profile[] = [
  { label: 'desktop 1280×800', runs: Number(process.env.MAP_BENCH_RUNS ?? 7), context: { viewport: { width: 1280, height: 800 } }, cpuRate: 1 },
  {
    label: 'phone 390×844, CPU 4× slower',
    runs: Number(process.env.MAP_BENCH_PHONE_RUNS ?? 5),
    context: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
    cpuRate: 4,
  },
];

function readEvents(): readonly RelationsEvent[] {
  const { dataset } = validateDataset(readDataFiles(process.env.RELATIONS_DATA_ROOT ?? ROOT), todayIso());
  if (!dataset) throw new Error('map bench: the data is invalid');
  return dataset.events;
}

interface Load {
  /** `app-ready`: ms from navigation. */
  ready: number;
  marks: Record<string, number>;
  map?: { width: number; height: number };
  /** TimelineJS's markers on the page when it said `loaded`. */
  markers?: number;
}

/** One load in a fresh context, to `data-state="ready"`, with the page's marks. */
async function coldLoad(browser: Browser, profile: Profile, url: string, measureMap = false): Promise<Load> {
  const context = await browser.newContext(profile.context);
  try {
    const page = await context.newPage();
    if (profile.cpuRate !== 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: profile.cpuRate });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 60_000 * profile.cpuRate });
    const names = ['app-ready', ...APP_MARKS];
    const found = await page.evaluate((names) => names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN), names);
    const marks = Object.fromEntries(names.map((name, index) => [name, found[index]]));
    const markers = await page.evaluate(() => document.documentElement.dataset.markers);
    const map = measureMap
      ? await page.evaluate(() => {
          const box = document.querySelector('.map-host')?.getBoundingClientRect();
          return { width: Math.round(box?.width ?? 1000), height: Math.round(box?.height ?? 600) };
        })
      : undefined;
    return { ready: marks['app-ready'], marks, map, markers: markers === undefined ? undefined : Number(markers) };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => percentile(values, 50);
const ms = (value: number) => Math.round(value);

async function runProfile(browser: Browser, profile: Profile, urls: { app: string; bare: string; timelinejs: string }, eventCount: number): Promise<BenchRow[]> {
  const name = `cold load, ${profile.label}`;
  // A warm-up of each page (not counted) so the browser's own first start does not land on one side.
  const { map } = await coldLoad(browser, profile, urls.app, true);
  const bareUrl = `${urls.bare}?w=${map?.width}&h=${map?.height}`;
  await coldLoad(browser, profile, bareUrl);
  const warm = await coldLoad(browser, profile, urls.timelinejs);
  if (warm.markers !== eventCount) throw new Error(`TimelineJS drew ${warm.markers} markers for ${eventCount} events`);
  const app: Load[] = [];
  const bare: number[] = [];
  const timelinejs: number[] = [];
  for (let run = 0; run < profile.runs; run++) {
    app.push(await coldLoad(browser, profile, urls.app));
    bare.push((await coldLoad(browser, profile, bareUrl)).ready);
    timelinejs.push((await coldLoad(browser, profile, urls.timelinejs)).ready);
  }
  const appReady = median(app.map((load) => load.ready));
  const appTimeline = median(app.map((load) => load.marks['timeline-ready']));
  const bareReady = median(bare);
  const timelinejsReady = median(timelinejs);
  const mapRatio = appReady / bareReady;
  const timelineRatio = appTimeline / timelinejsReady;
  const of = `median of ${profile.runs}`;
  console.error(
    `${name}: app ${app.map((load) => ms(load.ready)).join(', ')} ms; bare ${bare.map(ms).join(', ')} ms; ` +
      `app timeline ${app.map((load) => ms(load.marks['timeline-ready'])).join(', ')} ms; TimelineJS ${timelinejs.map(ms).join(', ')} ms`,
  );
  return [
    { benchmark: name, metric: `app: timeline interactive (timeline-ready), ${of}`, value: ms(appTimeline), unit: 'ms' },
    { benchmark: name, metric: `TimelineJS 3 (${eventCount} events, same server): loaded, markers drawn, ${of}`, value: ms(timelinejsReady), unit: 'ms' },
    { benchmark: name, metric: 'ratio app timeline / TimelineJS', value: Number(timelineRatio.toFixed(3)), unit: '×', target: `≤ ${TIMELINE_TARGET}`, pass: timelineRatio <= TIMELINE_TARGET },
    ...(['map-created', 'map-loaded', 'map-idle'] as const).map((mark) => ({
      benchmark: name,
      metric: `app: ${mark}, ${of}`,
      value: ms(median(app.map((load) => load.marks[mark]))),
      unit: 'ms',
    })),
    { benchmark: name, metric: `app to ready (map drawn), ${of}`, value: ms(appReady), unit: 'ms' },
    { benchmark: name, metric: `bare MapLibre to idle, ${of} (${map?.width}×${map?.height})`, value: ms(bareReady), unit: 'ms' },
    { benchmark: name, metric: 'ratio app / bare', value: Number(mapRatio.toFixed(3)), unit: '×', target: `≤ ${MAP_TARGET}`, pass: mapRatio <= MAP_TARGET },
  ];
}

const mapColdLoad: Benchmark = {
  name: 'map cold load',
  order: 30,
  async run() {
    // BENCH_DIST: a build made elsewhere (`vite build --outDir /tmp/…`), absolute or from the repository.
    const dist = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
    readFileSync(join(dist, 'index.html'));
    const events = readEvents();
    const bareFolder = buildBarePage(events);
    const timelinejsFolder = buildTimelineJsPage(events);
    const servers = await Promise.all([serveStatic(dist), serveStatic(bareFolder), serveStatic(timelinejsFolder)]);
    const [app, bare, timelinejs] = servers;
    const urls = { app: `${app.url}/`, bare: `${bare.url}/index.html`, timelinejs: `${timelinejs.url}/index.html` };
    const browser = await launchBenchBrowser();
    try {
      const rows: BenchRow[] = [];
      const only = process.env.MAP_BENCH_PROFILE;
      for (const profile of PROFILES) if (!only || profile.label.startsWith(only)) rows.push(...(await runProfile(browser, profile, urls, events.length)));
      return rows;
    } finally {
      await browser.close();
      await Promise.all(servers.map((server) => server.close()));
      rmSync(bareFolder, { recursive: true, force: true });
      rmSync(timelinejsFolder, { recursive: true, force: true });
    }
  },
};

export default mapColdLoad;
