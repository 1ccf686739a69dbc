import { describe, expect, it } from 'vitest';
import { isPrecached, releaseVersion } from '../../../scripts/vite-plugin-service-worker.ts';

const release = [
  { fileName: 'index.html', content: '<!doctype html><script src="/assets/index-BRVNlUSQ.js"></script>' },
  { fileName: 'assets/index-BRVNlUSQ.js', content: 'console.log(1)' },
  { fileName: 'favicon.svg', content: new TextEncoder().encode('<svg/>') },
];

describe('releaseVersion', () => {
  it('is the same for the same files in any order', () => {
    expect(releaseVersion([...release].reverse())).toBe(releaseVersion(release));
  });

  it('changes when any file of the release changes, even one whose name has no hash', () => {
    const edited = release.map((file) => (file.fileName === 'favicon.svg' ? { ...file, content: '<svg></svg>' } : file));
    expect(releaseVersion(edited)).not.toBe(releaseVersion(release));
  });

  it('changes when a file is added, such as a new lazily loaded chunk', () => {
    expect(releaseVersion([...release, { fileName: 'assets/details-Ab12Cd34.js', content: '' }])).not.toBe(releaseVersion(release));
  });
});

describe('isPrecached', () => {
  it('stores the page, every chunk, the WOFF2 fonts and the public files', () => {
    for (const file of ['index.html', 'assets/maplibre-gl-worker-CZtFQQIV.mjs', 'assets/noto-sans-latin-400-normal-BTkUljjl.woff2', 'assets/region.topo-CXlkXEM9.js', 'favicon.svg']) {
      expect(isPrecached(file), file).toBe(true);
    }
  });

  it('leaves out WOFF fallbacks, source maps, the published data downloads and the worker itself', () => {
    for (const file of ['assets/noto-sans-latin-400-normal-DPpKfCgK.woff', 'assets/index-BRVNlUSQ.js.map', 'data/events.csv', 'data/events.json', 'sw.js']) {
      expect(isPrecached(file), file).toBe(false);
    }
  });
});
