/**
 * What the map shows, in one or two sentences for screen readers: how many events, in how many
 * places, over which dates, and where most of them happened.
 */
import type { Country, Language } from '../data/schema.ts';
import type { EventCore } from '../data/dataset.ts';
import { placeNameAt } from '../data/placeName.ts';
import { eventPlaceKey } from '../geo/eventPlaces.ts';
import { formatEventDate } from '../time/formatEventDate.ts';
import { textIn } from '../data/localizedText.ts';
import { INTL_LOCALE } from '../data/vocabulary.ts';
import { translate } from './translate.ts';

/** How many places the sentence names. */
const NAMED_PLACES = 3;

interface PlaceTally {
  count: number;
  /** The latest event there, whose date chooses the place's name (Astana / Nur-Sultan). */
  latest: EventCore;
}

/** `events` sorted by date, as the selection is. */
export function mapSummaryText(events: readonly EventCore[], lang: Language, countriesByCode: ReadonlyMap<string, Country>): string {
  if (events.length === 0) return translate(lang, 'mapSummary.empty');
  const places = new Map<string, PlaceTally>();
  for (const event of events) {
    // A place is its coordinates: the same city under two names is still one place.
    const key = eventPlaceKey(event.place);
    const tally = places.get(key);
    if (tally) {
      tally.count++;
      tally.latest = event;
    } else places.set(key, { count: 1, latest: event });
  }
  const first = events[0];
  const last = events.reduce((latest, event) => ((event.endDate ?? event.date) > (latest.endDate ?? latest.date) ? event : latest), first);
  // Russian dates end in "г.", which would double the sentence's full stop.
  const text = translate(lang, 'mapSummary.text', {
    events: translate(lang, 'eventCount', { count: events.length }),
    places: translate(lang, 'mapSummary.places', { count: places.size }),
    from: formatEventDate({ date: first.date, datePrecision: first.datePrecision }, lang),
    to: formatEventDate({ date: last.endDate ?? last.date, datePrecision: last.endDate ? 'day' : last.datePrecision }, lang),
  }).replace(/\.\.$/, '.');
  const number = new Intl.NumberFormat(INTL_LOCALE[lang]);
  const top = [...places.values()]
    .sort((a, b) => b.count - a.count)
    .slice(0, NAMED_PLACES)
    .map(({ count, latest }) => `${textIn(placeNameAt(latest.place, latest.date, countriesByCode), lang)} (${number.format(count)})`);
  return `${text} ${translate(lang, 'mapSummary.top', { list: top.join(', ') })}`;
}
