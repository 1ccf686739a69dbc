/**
 * Builds the offline service worker beside the app: `sw.js` at the site's root, carrying the list
 * of files this build emitted (every chunk, lazily loaded ones included, fonts, the page, the
 * public folder) and a version hashed from their contents, so every release installs its own
 * cache. It also writes `<meta name="service-worker">` into the page: that is how the page knows
 * its build ships a worker (the dev server and the single-file build do not).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { PUBLISHED_FILES } from '../src/lib/data/publishDataset.ts';

const SERVICE_WORKER_FILE = 'sw.js';
const WORKER_ENTRY = fileURLToPath(new URL('../src/serviceWorker/serviceWorker.ts', import.meta.url));
const PUBLISHED = new Set<string>(Object.values(PUBLISHED_FILES));

export interface ReleaseFile {
  /** Path relative to the site's root, as emitted. */
  fileName: string;
  content: string | Uint8Array;
}

/**
 * Whether the worker stores a file for offline use. Left out: WOFF fonts (every browser with
 * service workers reads their WOFF2 twins), source maps, and the published data downloads (several
 * MB meant for people; the page carries its data in its own chunks).
 */
export function isPrecached(fileName: string): boolean {
  return !/\.(woff|map)$/.test(fileName) && !PUBLISHED.has(fileName) && fileName !== SERVICE_WORKER_FILE;
}

/** A short hash of the files' names and contents: a change to any file of the release changes it. */
export function releaseVersion(files: readonly ReleaseFile[]): string {
  const hash = createHash('sha256');
  for (const file of [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0))) {
    hash.update(file.fileName).update('\0').update(file.content).update('\0');
  }
  return hash.digest('hex').slice(0, 12);
}

/** The public folder's files, which Vite copies beside the bundle without listing them in it. */
function publicFiles(config: ResolvedConfig): ReleaseFile[] {
  if (!config.publicDir || !config.build.copyPublicDir) return [];
  const root = config.publicDir;
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .map((path) => ({ fileName: relative(root, path).split(sep).join('/'), content: readFileSync(path) }));
}

/** Compiles the worker to one classic script with the release written in. */
async function compileWorker(files: readonly string[], version: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __PRECACHE_FILES__: JSON.stringify(files), __PRECACHE_VERSION__: JSON.stringify(version) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: WORKER_ENTRY, output: { format: 'iife', entryFileNames: SERVICE_WORKER_FILE } },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  if (!('output' in result)) throw new Error('the service worker build returned no output');
  return result.output[0].code;
}

export function serviceWorkerPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { name: 'service-worker', content: `${config.base}${SERVICE_WORKER_FILE}` }, injectTo: 'head' }],
    },
    generateBundle: {
      // After the page itself (with its final tags) is in the bundle.
      order: 'post',
      async handler(_options, bundle) {
        const emitted = Object.values(bundle).map((file) => ({ fileName: file.fileName, content: file.type === 'chunk' ? file.code : file.source }));
        const release = [...emitted, ...publicFiles(config)].filter((file) => isPrecached(file.fileName));
        if (!release.some((file) => file.fileName === 'index.html')) throw new Error('the service worker found no index.html in the bundle');
        const fileNames = release.map((file) => file.fileName).sort();
        this.emitFile({ type: 'asset', fileName: SERVICE_WORKER_FILE, source: await compileWorker(fileNames, releaseVersion(release)) });
      },
    },
  };
}
