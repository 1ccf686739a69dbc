/**
 * The offline worker's decisions, kept free of worker globals so unit tests can state them: which
 * cache a release stores itself in, which caches an update deletes, and which stored file answers
 * a request.
 */

/** Every cache this app makes starts with this, so an update never deletes another app's caches on a shared origin. */
export const CACHE_PREFIX = 'relations-map-';

/** The cache of one release; `version` changes whenever any of the release's files does. */
export function cacheNameFor(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** The caches a newly activated release deletes: this app's earlier releases, nothing else. */
export function staleCacheNames(existing: readonly string[], current: string): string[] {
  return existing.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/** The parts of a fetch the worker looks at. */
export interface RequestFacts {
  url: string;
  method: string;
  /** `navigate` for a page load. */
  mode: string;
}

/**
 * The stored file that answers `request`, or null to leave it to the network. A page load of the
 * app answers with the stored page whatever its query (`?lang=en&view=table`, `?embed=1`): the app
 * reads the query itself. `stored` holds absolute URLs.
 */
export function storedUrlFor(request: RequestFacts, scope: string, stored: ReadonlySet<string>): string | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const scopeUrl = new URL(scope);
  if (url.origin !== scopeUrl.origin) return null;
  const page = new URL('index.html', scopeUrl).href;
  const withoutQuery = `${url.origin}${url.pathname}`;
  if (request.mode === 'navigate' && (url.pathname === scopeUrl.pathname || withoutQuery === page)) {
    return stored.has(page) ? page : null;
  }
  return url.search === '' && stored.has(withoutQuery) ? withoutQuery : null;
}
