import { describe, expect, it, vi } from 'vitest';
import { AppState } from '../../../src/app/appState.svelte.ts';
import type { EventDetailsById } from '../../../src/lib/data/dataset.ts';
import { splitDetails } from '../../../src/lib/data/eventDetails.ts';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();
const { core, details } = splitDetails(dataset);
/** A word the fixture's summaries hold and no title, place or name does. */
const summaryOnlyWord = 'leaders';

function deferred(): { promise: Promise<EventDetailsById>; resolve(value: EventDetailsById): void; reject(error: Error): void } {
  let resolve!: (value: EventDetailsById) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<EventDetailsById>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

describe('AppState and the events’ texts', () => {
  it('a state made with the whole record has its texts from the start', () => {
    const app = new AppState(dataset);
    expect(app.texts).toBe('loaded');
    expect(app.fullDataset).toBe(dataset);
  });

  it('opening an event asks for the texts once, however many callers need them', async () => {
    const load = vi.fn(() => Promise.resolve(details));
    const app = new AppState(core, load);
    expect(app.texts).toBe('waiting');
    expect(app.selectedEvent?.summary).toBeUndefined();
    app.select(core.events[0].id);
    expect(app.texts).toBe('loading');
    const [first, second] = await Promise.all([app.needTexts(), app.needTexts()]);
    expect(load).toHaveBeenCalledTimes(1);
    expect(first).toBe(second);
    expect(app.texts).toBe('loaded');
    expect(app.selectedEvent?.summary).toEqual(dataset.events[0].summary);
    expect(app.selectedEvent?.sources).toEqual(dataset.events[0].sources);
  });

  it('receiveDetails rebuilds the search index, so a word found only in summaries finds their events', () => {
    const app = new AppState(core, () => new Promise(() => {}));
    app.setSearchText(summaryOnlyWord);
    expect(app.selection).toEqual([]);
    app.receiveDetails(details);
    expect(app.selection.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
  });

  it('a failed download is reported and the next need tries again', async () => {
    const first = deferred();
    const load = vi.fn().mockReturnValueOnce(first.promise).mockResolvedValueOnce(details);
    const app = new AppState(core, load);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const waiting = app.needTexts();
    first.reject(new Error('offline'));
    expect(await waiting).toBeNull();
    expect(app.texts).toBe('failed');
    expect(app.fullDataset).toBeNull();
    expect(await app.needTexts()).not.toBeNull();
    expect(app.texts).toBe('loaded');
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it('a search asks for the texts; switching views does not (the table’s downloads wait for them on click)', () => {
    const load = vi.fn(() => new Promise<EventDetailsById>(() => {}));
    const app = new AppState(core, load);
    app.setView('table');
    app.setSearchText('   ');
    expect(load).not.toHaveBeenCalled();
    app.setSearchText('саммит');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
