/**
 * The offline worker (built to `sw.js` by scripts/vite-plugin-service-worker.ts). On install it
 * stores one release, the files and version the build writes into it; on activate it deletes
 * earlier releases' caches and takes over open pages; then it answers for those files from its
 * cache, so the app opens with the network off. A new release is a new `sw.js`, which the browser
 * fetches on the next visit: it stores the new release, takes over, and the following page load
 * opens it. A page already open keeps the code it has loaded.
 */
import { cacheNameFor, staleCacheNames, storedUrlFor } from './precacheRules.ts';

/** Written by the build: the release's files, relative to the worker's scope. */
declare const __PRECACHE_FILES__: readonly string[];
/** Written by the build: a hash of the release's files. */
declare const __PRECACHE_VERSION__: string;

// The project compiles against the DOM library; these are the worker types it lacks.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Promise<Response>): void;
}
interface ServiceWorkerScope {
  readonly registration: { readonly scope: string };
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const scope = worker.registration.scope;
const files = __PRECACHE_FILES__.map((file) => new URL(file, scope).href);
const stored = new Set(files);
const cacheName = cacheNameFor(__PRECACHE_VERSION__);

worker.addEventListener('install', (event) => {
  // A release is stored whole or not at all (addAll fails on any missing file, and the previous
  // worker stays in charge). `no-cache` revalidates, so the HTTP cache cannot hand over last
  // release's index.html; hashed files come back as cheap 304s.
  const requests = files.map((url) => new Request(url, { cache: 'no-cache' }));
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(requests))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(staleCacheNames(names, cacheName).map((name) => caches.delete(name))))
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = storedUrlFor(request, scope, stored);
  if (url === null) return;
  event.respondWith(
    caches
      .open(cacheName)
      .then((cache) => cache.match(url))
      .then((response) => response ?? fetch(request)),
  );
});
