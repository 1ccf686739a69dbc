import { eventDaySpan } from '../time/calendarDay.ts';
import type { Country, LocalizedText, Place } from './schema.ts';

/**
 * The name a place had on a given day: a capital follows its country's renamings
 * (Astana until March 2019, Nur-Sultan until September 2022, Astana again).
 */
export function placeNameAt(place: Place, date: string, countriesByCode: ReadonlyMap<string, Country>): LocalizedText {
  if (!place.capitalOf) return place.name;
  const names = countriesByCode.get(place.capitalOf)?.capital?.names ?? [];
  const day = eventDaySpan({ date }).firstDay;
  const current = names.find((entry) => (entry.from === undefined || entry.from <= day) && (entry.to === undefined || day <= entry.to));
  return current?.name ?? place.name;
}
