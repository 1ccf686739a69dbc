import { describe, expect, it } from 'vitest';
import { cacheNameFor, staleCacheNames, storedUrlFor } from '../../../src/serviceWorker/precacheRules.ts';

const SCOPE = 'http://127.0.0.1:4173/';
const STORED = new Set([`${SCOPE}index.html`, `${SCOPE}assets/index-BRVNlUSQ.js`, `${SCOPE}assets/_relations-dataset_details-CPypcUwa.js`, `${SCOPE}favicon.svg`]);
const get = (url: string, mode = 'no-cors') => ({ url, method: 'GET', mode });

describe('cacheNameFor and staleCacheNames', () => {
  it('gives each release its own cache', () => {
    expect(cacheNameFor('adc157b86d37')).not.toBe(cacheNameFor('0f1e2d3c4b5a'));
  });

  it("deletes the app's earlier releases when a new one activates, and keeps the new one", () => {
    const current = cacheNameFor('new');
    expect(staleCacheNames([cacheNameFor('old'), current, cacheNameFor('older')], current)).toEqual([cacheNameFor('old'), cacheNameFor('older')]);
  });

  it("leaves other apps' caches on the same origin alone", () => {
    const current = cacheNameFor('new');
    expect(staleCacheNames(['workbox-precache-v2', 'another-app', current], current)).toEqual([]);
  });
});

describe('storedUrlFor', () => {
  it('answers a page load with the stored page whatever the query', () => {
    for (const path of ['', '?lang=en&view=table', '?embed=1', 'index.html?lang=kk']) {
      expect(storedUrlFor(get(`${SCOPE}${path}`, 'navigate'), SCOPE, STORED)).toBe(`${SCOPE}index.html`);
    }
  });

  it('answers a stored file by its exact address, a lazily loaded chunk included', () => {
    expect(storedUrlFor(get(`${SCOPE}assets/_relations-dataset_details-CPypcUwa.js`), SCOPE, STORED)).toBe(`${SCOPE}assets/_relations-dataset_details-CPypcUwa.js`);
  });

  it('leaves to the network what it did not store: other files, other hosts, queries on files, non-GET requests', () => {
    expect(storedUrlFor(get(`${SCOPE}data/events.csv`, 'navigate'), SCOPE, STORED)).toBeNull();
    expect(storedUrlFor(get(`${SCOPE}assets/index-OLDHASH.js`), SCOPE, STORED)).toBeNull();
    expect(storedUrlFor(get('https://example.org/index.html', 'navigate'), SCOPE, STORED)).toBeNull();
    expect(storedUrlFor(get(`${SCOPE}favicon.svg?v=2`), SCOPE, STORED)).toBeNull();
    expect(storedUrlFor({ url: `${SCOPE}index.html`, method: 'POST', mode: 'navigate' }, SCOPE, STORED)).toBeNull();
  });

  it('serves the page of a sub-folder scope, not the site root', () => {
    const scope = 'https://school.example/maps/relations/';
    const stored = new Set([`${scope}index.html`]);
    expect(storedUrlFor(get(`${scope}?view=table`, 'navigate'), scope, stored)).toBe(`${scope}index.html`);
    expect(storedUrlFor(get('https://school.example/', 'navigate'), scope, stored)).toBeNull();
  });
});
