/**
 * The split of the record into what the first view draws (every event's core) and what it can
 * wait for (summaries, notes, sources and quotes), and the join back once the second part arrives.
 * The build splits the validated record once; the app joins the two downloads.
 */
import type { CoreDataset, Dataset, EventCore, EventDetails, EventDetailsById } from './dataset.ts';
import type { RelationsEvent } from './schema.ts';

function splitEvent(event: RelationsEvent): { core: EventCore; details: EventDetails } {
  const { summary, note, sources, quotes, ...core } = event;
  const details: EventDetails = { summary, sources };
  // Absent stays absent: an `undefined` field would not survive JSON, and the merge must give back the same event.
  if (note !== undefined) details.note = note;
  if (quotes !== undefined) details.quotes = quotes;
  return { core, details };
}

/** The full record as two parts: the dataset with cores only, and each event's details by id. */
export function splitDetails(dataset: Dataset): { core: CoreDataset; details: EventDetailsById } {
  const details: EventDetailsById = {};
  const events = dataset.events.map((event) => {
    const split = splitEvent(event);
    details[event.id] = split.details;
    return split.core;
  });
  return { core: { ...dataset, events }, details };
}

/**
 * The full record again: each core joined with its details, in the same order. Both parts come from
 * one build, so an event without details is a broken build, named in the error.
 */
export function mergeDetails(dataset: Dataset<EventCore>, details: Readonly<EventDetailsById>): Dataset {
  const events = dataset.events.map((event): RelationsEvent => {
    const texts = Object.hasOwn(details, event.id) ? details[event.id] : undefined;
    if (!texts) throw new Error(`the texts of event "${event.id}" are missing`);
    return { ...event, ...texts };
  });
  return { ...dataset, events };
}

/** Whether an event the app holds has its texts yet (exports and the handout need them). */
export function hasDetails(event: EventCore & Partial<EventDetails>): event is RelationsEvent {
  return event.summary !== undefined && event.sources !== undefined;
}
