import type { Country, Initiative, RelationsEvent, Release, Story } from './schema.ts';

/**
 * The fields of an event that only its full view, the printed chronology, the exports and the
 * search over summaries need. They are most of the record's bytes, so the first view ships without
 * them and they arrive in a second download (see `splitDetails`).
 */
export const DETAIL_FIELDS = ['summary', 'note', 'sources', 'quotes'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/** What the first view draws with: an event without its texts and sources. */
export type EventCore = Omit<RelationsEvent, DetailField>;

/** An event's texts and sources, as the second download carries them. */
export type EventDetails = Pick<RelationsEvent, DetailField>;

/** Every event's texts and sources by event id. */
export type EventDetailsById = Record<string, EventDetails>;

/** An event as the app holds it: the core always, the texts once they have arrived. */
export type LoadedEvent = EventCore & Partial<EventDetails>;

/** The validated data: events sorted by date, then id. In full unless `E` says otherwise. */
export interface Dataset<E extends EventCore = RelationsEvent> {
  countries: Country[];
  initiatives: Initiative[];
  events: E[];
  stories: Story[];
  /** Published releases, newest first. */
  releases: Release[];
}

/** What the first view loads: every event's core, no texts. */
export type CoreDataset = Dataset<EventCore>;

/** The data as the app holds it: the cores, with each event's texts once they have arrived. */
export type LoadedDataset = Dataset<LoadedEvent>;
