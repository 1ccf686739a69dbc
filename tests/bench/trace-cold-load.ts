/**
 * Where a cold load's time goes: `tsx tests/bench/trace-cold-load.ts [desktop|phone] [runs]` loads
 * the built app and the bare MapLibre page with a Chromium trace running and prints, for each,
 * the busy time of the page's main thread, MapLibre's workers and the GPU process up to
 * `data-state="ready"`, the main thread's time by task kind and by script, and what MapLibre asked
 * of WebGL and of the 2D canvas (shader programs linked, glyphs drawn for its labels).
 * BENCH_DIST picks the build (default dist/). A diagnostic, not part of `npm run bench`.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import { readDataFiles, todayIso } from '../../scripts/readDataFiles.ts';
import { validateDataset } from '../../src/lib/data/validateDataset.ts';
import { buildBarePage } from './bare/buildBarePage.ts';
import { ROOT, launchBenchBrowser, percentile, serveStatic } from './support.ts';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8', 'blink.user_timing', 'gpu', 'loading'].join(',');

/**
 * Counts of what MapLibre asks of WebGL and of the 2D canvas, installed before any page script.
 * A string, not a function: tsx would wrap a function's inner helpers in a __name() call the page does not have.
 */
const INSTRUMENT = `(() => {
  const counters = { frames: 0, drawCalls: 0, programs: 0, programWaitMs: 0, textures: 0, glyphs: 0, glyphMs: 0 };
  window.__counters = counters;
  const timed = (proto, name, count, ms) => {
    const original = proto[name];
    proto[name] = function (...args) {
      const start = performance.now();
      try { return original.apply(this, args); } finally {
        if (count) counters[count] += 1;
        if (ms) counters[ms] += performance.now() - start;
      }
    };
  };
  const gl = WebGL2RenderingContext.prototype;
  timed(gl, 'linkProgram', 'programs', 'programWaitMs');
  // A link's cost lands on the first query of its status, a synchronous wait for the GPU process.
  timed(gl, 'getProgramParameter', null, 'programWaitMs');
  timed(gl, 'texImage2D', 'textures');
  timed(gl, 'drawElements', 'drawCalls');
  timed(gl, 'drawArrays', 'drawCalls');
  timed(gl, 'clear', 'frames');
  // MapLibre 6 draws the glyphs of labels (no glyphs URL) with fillText on a 2D canvas.
  timed(CanvasRenderingContext2D.prototype, 'fillText', 'glyphs', 'glyphMs');
  if (typeof OffscreenCanvasRenderingContext2D !== 'undefined') timed(OffscreenCanvasRenderingContext2D.prototype, 'fillText', 'glyphs', 'glyphMs');
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

interface Breakdown {
  ready: number;
  marks: Record<string, number>;
  threads: Record<string, number>;
  byKind: Record<string, number>;
  byScript: Record<string, number>;
  counters: Record<string, number>;
  sources?: number;
  layers?: number;
}

const KIND_NAMES: Record<string, string> = {
  EvaluateScript: 'script: evaluate',
  FunctionCall: 'script: function call',
  RunMicrotasks: 'script: microtasks',
  TimerFire: 'script: timers',
  FireAnimationFrame: 'script: animation frame',
  EventDispatch: 'script: events',
  'v8.compile': 'script: compile',
  'v8.compileModule': 'script: compile',
  'V8.CompileCode': 'script: compile',
  'v8.parseOnBackground': 'script: compile',
  ParseHTML: 'parse HTML',
  ParseAuthorStyleSheet: 'style: parse CSS',
  UpdateLayoutTree: 'style: recalc',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Layerize: 'paint',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MARK_COMPACTOR': 'GC',
  ResourceReceivedData: 'network',
  ResourceReceiveResponse: 'network',
  ResourceFinish: 'network',
  'Decode Image': 'images',
  DecodeImage: 'images',
};

/** Self time (ms) of each complete event on a thread, clipped to [from, to]. */
function selfTimes(events: TraceEvent[], from: number, to: number): { event: TraceEvent; self: number }[] {
  const complete = events.filter((event) => event.ph === 'X' && event.dur !== undefined && event.ts < to && event.ts + event.dur! > from).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const result: { event: TraceEvent; self: number }[] = [];
  const stack: { event: TraceEvent; self: number; end: number }[] = [];
  for (const event of complete) {
    const end = Math.min(event.ts + event.dur!, to);
    const start = Math.max(event.ts, from);
    while (stack.length > 0 && stack.at(-1)!.end <= start) result.push(stack.pop()!);
    const entry = { event, self: end - start, end };
    if (stack.length > 0) stack.at(-1)!.self -= end - start;
    stack.push(entry);
  }
  result.push(...stack);
  return result.map(({ event, self }) => ({ event, self: Math.max(0, self) / 1000 }));
}

function scriptOf(event: TraceEvent): string | undefined {
  const url = event.args?.data?.url ?? event.args?.data?.scriptName;
  if (!url) return undefined;
  const file = url.split('/').pop()!.split('?')[0];
  return file.replace(/-[\w-]{8}\.(m?js)$/, '.$1') || url;
}

function analyse(trace: { traceEvents: TraceEvent[] }, readyMs: number): Pick<Breakdown, 'threads' | 'byKind' | 'byScript'> {
  const events = trace.traceEvents;
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
    if (event.ph === 'M' && event.name === 'process_name') processNames.set(event.pid, event.args?.name ?? '?');
  }
  const readyMark = events.find((event) => event.cat.includes('blink.user_timing') && event.name === 'app-ready');
  if (!readyMark) throw new Error('no app-ready mark in the trace');
  const pagePid = readyMark.pid;
  const to = readyMark.ts;
  const from = to - readyMs * 1000;
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    const key = `${event.pid}:${event.tid}`;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key)!.push(event);
  }
  const threads: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const byScript: Record<string, number> = {};
  for (const [key, list] of byThread) {
    const pid = Number(key.split(':')[0]);
    const thread = threadNames.get(key) ?? '?';
    const processName = processNames.get(pid) ?? '?';
    const label =
      pid === pagePid && thread === 'CrRendererMain'
        ? 'page main thread'
        : pid === pagePid && thread.startsWith('DedicatedWorker')
          ? 'MapLibre workers (all)'
          : processName.includes('GPU')
            ? 'GPU process (SwiftShader)'
            : pid === pagePid
              ? `page: other threads`
              : undefined;
    if (!label) continue;
    // Tasks nest (a nested run loop, two names for one task): count the time covered, once.
    const tasks = list.filter((event) => event.ph === 'X' && (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask')).sort((a, b) => a.ts - b.ts);
    let busy = 0;
    let cpu = 0;
    let coveredTo = from;
    for (const task of tasks) {
      const start = Math.max(task.ts, coveredTo);
      const end = Math.min(task.ts + task.dur!, to);
      if (end > start) {
        busy += end - start;
        // Thread time: what the task cost in CPU, whatever else the machine's cores were doing.
        cpu += ((task.tdur ?? task.dur!) * (end - start)) / Math.max(1, task.dur!);
      }
      coveredTo = Math.max(coveredTo, end);
    }
    threads[label] = (threads[label] ?? 0) + busy / 1000;
    threads[`${label}, CPU`] = (threads[`${label}, CPU`] ?? 0) + cpu / 1000;
    if (label !== 'page main thread') continue;
    for (const { event, self } of selfTimes(list, from, to)) {
      if (event.name === 'ThreadControllerImpl::RunTask' || event.name === 'RunTask') continue;
      const kind = KIND_NAMES[event.name] ?? `other: ${event.name}`;
      byKind[kind] = (byKind[kind] ?? 0) + self;
      if (kind.startsWith('script')) {
        const script = scriptOf(event) ?? '(no url)';
        byScript[script] = (byScript[script] ?? 0) + self;
      }
    }
    let inTasks = 0;
    for (const value of Object.values(byKind)) inTasks += value;
    byKind['(task overhead, unattributed)'] = busy / 1000 - inTasks;
  }
  return { threads, byKind, byScript };
}

async function tracedLoad(browser: Browser, context: BrowserContextOptions, cpuRate: number, url: string): Promise<Breakdown> {
  const browserContext = await browser.newContext(context);
  try {
    await browserContext.addInitScript(INSTRUMENT);
    const page = await browserContext.newPage();
    if (cpuRate !== 1) await (await browserContext.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 120_000 * cpuRate });
    const { marks, counters } = await page.evaluate(() => ({
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, Math.round(mark.startTime)])),
      counters: (window as unknown as { __counters: Record<string, number> }).__counters,
    }));
    const raw = await browser.stopTracing();
    // TRACE_SAVE=folder keeps each trace, to open in DevTools' Performance panel.
    if (process.env.TRACE_SAVE) writeFileSync(join(process.env.TRACE_SAVE, `${new URL(url).port}-${Date.now()}.json`), raw);
    const trace = JSON.parse(raw.toString('utf8')) as { traceEvents: TraceEvent[] };
    return { ready: marks['app-ready'], marks, counters, ...analyse(trace, marks['app-ready']) };
  } finally {
    await browserContext.close();
  }
}

function mergeMedian(loads: Breakdown[]): Breakdown {
  const keyed = (pick: (load: Breakdown) => Record<string, number>) => {
    const keys = new Set(loads.flatMap((load) => Object.keys(pick(load))));
    return Object.fromEntries([...keys].map((key) => [key, percentile(loads.map((load) => pick(load)[key] ?? 0), 50)]));
  };
  return {
    ready: percentile(loads.map((load) => load.ready), 50),
    marks: keyed((load) => load.marks),
    threads: keyed((load) => load.threads),
    byKind: keyed((load) => load.byKind),
    byScript: keyed((load) => load.byScript),
    counters: keyed((load) => load.counters),
  };
}

function print(title: string, app: Breakdown, bare: Breakdown): void {
  const rows: [string, number | undefined, number | undefined][] = [];
  const section = (name: string, pick: (load: Breakdown) => Record<string, number>, min = 0) => {
    rows.push([`— ${name}`, undefined, undefined]);
    const keys = [...new Set([...Object.keys(pick(app)), ...Object.keys(pick(bare))])];
    keys.sort((a, b) => (pick(app)[b] ?? 0) - (pick(app)[a] ?? 0));
    for (const key of keys) if ((pick(app)[key] ?? 0) >= min || (pick(bare)[key] ?? 0) >= min) rows.push([key, pick(app)[key], pick(bare)[key]]);
  };
  rows.push(['ready (ms)', app.ready, bare.ready]);
  section('marks (ms from navigation)', (load) => load.marks);
  section('busy time up to ready: wall, and CPU (ms)', (load) => load.threads);
  section('page main thread by kind (self ms)', (load) => load.byKind, 5);
  section('page main thread script by file (self ms)', (load) => load.byScript, 5);
  section('WebGL and canvas calls (count, ms)', (load) => load.counters);
  console.log(`\n${title}\n${'what'.padEnd(52)}${'app'.padStart(10)}${'bare'.padStart(10)}`);
  const cell = (value: number | undefined) => (value === undefined ? '' : String(Math.round(value))).padStart(10);
  for (const [name, a, b] of rows) console.log(`${name.padEnd(52)}${cell(a)}${cell(b)}`);
}

const profileName = process.argv[2] ?? 'desktop';
const runs = Number(process.argv[3] ?? 3);
const phone = profileName === 'phone';
const contextOptions: BrowserContextOptions = phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } };
const cpuRate = phone ? 4 : 1;
const dist = resolve(ROOT, process.env.BENCH_DIST ?? 'dist');
readFileSync(join(dist, 'index.html'));
const { dataset } = validateDataset(readDataFiles(process.env.RELATIONS_DATA_ROOT ?? ROOT), todayIso());
if (!dataset) throw new Error('trace: the data is invalid');
const bareFolder = buildBarePage(dataset.events);
const app = await serveStatic(dist);
const bare = await serveStatic(bareFolder);
const browser = await launchBenchBrowser();
try {
  const size = await (async () => {
    const context = await browser.newContext(contextOptions);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.waitForFunction(() => document.documentElement.dataset.state === 'ready', undefined, { timeout: 120_000 });
    const box = await page.evaluate(() => document.querySelector('.map-host')!.getBoundingClientRect().toJSON() as DOMRect);
    await context.close();
    return { width: Math.round(box.width), height: Math.round(box.height) };
  })();
  const appLoads: Breakdown[] = [];
  const bareLoads: Breakdown[] = [];
  for (let run = 0; run < runs; run++) {
    appLoads.push(await tracedLoad(browser, contextOptions, cpuRate, `${app.url}/`));
    bareLoads.push(await tracedLoad(browser, contextOptions, cpuRate, `${bare.url}/index.html?w=${size.width}&h=${size.height}`));
  }
  print(`${profileName}, CPU ${cpuRate}×, medians of ${runs} traced loads (map ${size.width}×${size.height})`, mergeMedian(appLoads), mergeMedian(bareLoads));
} finally {
  await browser.close();
  await app.close();
  await bare.close();
  rmSync(bareFolder, { recursive: true, force: true });
}
