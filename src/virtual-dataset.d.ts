declare module 'virtual:dataset' {
  import type { CoreDataset } from './lib/data/dataset.ts';
  /** The validated record without the events' texts: what the first view draws. */
  const dataset: CoreDataset;
  export default dataset;
}

declare module 'virtual:dataset-details' {
  import type { EventDetailsById } from './lib/data/dataset.ts';
  /** Fetches each event's summary, note, sources and quotes by id (a file beside the page, or inlined). */
  const loadEventTexts: () => Promise<EventDetailsById>;
  export default loadEventTexts;
}
