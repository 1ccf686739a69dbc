import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppState } from '../../../src/app/appState.svelte.ts';
import { UrlSync, type AddressEnvironment, type ModeHolder } from '../../../src/app/urlSync.svelte.ts';
import type { ViewMode } from '../../../src/lib/url/viewState.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();
const someEvent = dataset.events[0];

/** A history that records what the writer did and moves the fake address like a browser would. */
function fakeEnvironment(search = '') {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  const location = { pathname: '/', search, hash: '' };
  let clock = 0;
  const setUrl = (url: string) => {
    location.search = url.includes('?') ? url.slice(url.indexOf('?')) : '';
  };
  const env: AddressEnvironment = {
    history: {
      state: null,
      pushState: (_data, _unused, url) => {
        calls.push({ kind: 'push', url });
        setUrl(url);
      },
      replaceState: (_data, _unused, url) => {
        calls.push({ kind: 'replace', url });
        setUrl(url);
      },
    },
    location,
    afterPaint: (callback) => callback(),
    now: () => clock,
  };
  return { env, calls, location, advance: (ms: number) => (clock += ms) };
}

/** A presenter with nothing on screen that records what the address asked of it. */
function quietModes(): ModeHolder & { started: ViewMode[]; followed: ViewMode[] } {
  const started: ViewMode[] = [];
  const followed: ViewMode[] = [];
  return {
    started,
    followed,
    viewMode: { story: null, present: false, step: 0 },
    startFromAddress: (mode) => started.push(mode),
    followAddress: (mode) => followed.push(mode),
  };
}

describe('UrlSync, the one writer of the address', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies the link at start and hands the story part to the presenter', () => {
    const { env } = fakeEnvironment('?type=summit&lang=en&story=a-story&step=2');
    const app = new AppState(dataset);
    const modes = quietModes();
    const sync = new UrlSync(app, modes, env);
    expect(app.filters.types).toEqual(['summit']);
    expect(app.lang).toBe('en');
    expect(modes.started).toEqual([]);
    sync.start();
    expect(modes.started).toEqual([{ embed: false, story: 'a-story', present: false, step: 1 }]);
  });

  it('tidies a link with dropped parts in place, without a new history entry', () => {
    const { env, calls } = fakeEnvironment('?type=summit,party&bogus=1');
    const sync = new UrlSync(new AppState(dataset), quietModes(), env);
    expect(sync.dropped.map((item) => item.name)).toEqual(['type', 'bogus']);
    sync.start();
    expect(calls).toEqual([{ kind: 'replace', url: '/?type=summit' }]);
  });

  it('pushes a history entry for a discrete step (an option, an event)', () => {
    const { env, calls } = fakeEnvironment();
    const app = new AppState(dataset);
    const sync = new UrlSync(app, quietModes(), env);
    app.toggleOption('countries', 'KAZ');
    sync.write(sync.current);
    app.select(someEvent.id);
    sync.write(sync.current);
    expect(calls).toEqual([
      { kind: 'push', url: '/?country=KAZ' },
      { kind: 'push', url: `/?country=KAZ&event=${someEvent.id}` },
    ]);
  });

  it('gives a gesture (typing, brushing) one entry: a push, then throttled replaces', () => {
    const { env, calls, advance } = fakeEnvironment();
    const app = new AppState(dataset);
    const sync = new UrlSync(app, quietModes(), env);
    for (const text of ['г', 'га', 'газ']) {
      app.setSearchText(text);
      sync.write(sync.current);
      advance(50);
    }
    expect(calls).toEqual([{ kind: 'push', url: '/?q=%D0%B3' }]);
    vi.advanceTimersByTime(300);
    expect(calls.at(-1)).toEqual({ kind: 'replace', url: '/?q=%D0%B3%D0%B0%D0%B7' });
    expect(calls).toHaveLength(2);
  });

  it('writes nothing when the state already matches the address', () => {
    const { env, calls } = fakeEnvironment('?type=summit');
    const sync = new UrlSync(new AppState(dataset), quietModes(), env);
    sync.write(sync.current);
    expect(calls).toEqual([]);
  });

  it('follows Back/Forward: applies the address and tells the presenter, writing nothing back', () => {
    const { env, calls, location } = fakeEnvironment('?type=summit');
    const app = new AppState(dataset);
    const modes = quietModes();
    const sync = new UrlSync(app, modes, env);
    location.search = '?type=visit&present';
    sync.followAddress();
    expect(app.filters.types).toEqual(['visit']);
    expect(modes.followed).toEqual([{ embed: false, story: null, present: true, step: 0 }]);
    expect(calls).toEqual([]);
  });
});

describe('UrlSync and a lesson in the fragment', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands the link fragment to the presenter at start', () => {
    const { env, location } = fakeEnvironment('?present&step=2');
    location.hash = '#lesson=abc';
    const hashes: (string | undefined)[] = [];
    const modes = { ...quietModes(), startFromAddress: (_mode: ViewMode, hash?: string) => void hashes.push(hash) };
    new UrlSync(new AppState(dataset), modes, env).start();
    expect(hashes).toEqual(['#lesson=abc']);
  });

  it('keeps the address fragment until the presenter names one, then writes that one', () => {
    const { env, calls, location } = fakeEnvironment();
    location.hash = '#lesson=old';
    const app = new AppState(dataset);
    const modes: ModeHolder & { fragment?: string } = { ...quietModes() };
    const sync = new UrlSync(app, modes, env);
    app.select(someEvent.id);
    sync.write(sync.current);
    expect(calls.at(-1)?.url).toBe(`/?event=${someEvent.id}#lesson=old`);
    modes.fragment = 'lesson=new';
    sync.write(sync.current);
    expect(calls.at(-1)?.url).toBe(`/?event=${someEvent.id}#lesson=new`);
    modes.fragment = '';
    sync.write(sync.current);
    expect(calls.at(-1)?.url).toBe(`/?event=${someEvent.id}`);
  });
});
