/** Orders events for the table by one column, comparing texts as the reader's language does. */
import type { EventCore } from './dataset.ts';

export const SORT_KEYS = ['date', 'type', 'title', 'participants', 'place'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

/**
 * A sorted copy. `textOf` gives the text shown in a column (titles, names in the UI language);
 * dates compare as strings (YYYY[-MM[-DD]]), and ties keep the date order.
 */
export function sortEvents<E extends EventCore>(
  events: readonly E[],
  key: SortKey,
  direction: SortDirection,
  textOf: (event: E, key: Exclude<SortKey, 'date'>) => string,
  locale: string,
): E[] {
  const sign = direction === 'ascending' ? 1 : -1;
  if (key === 'date') return direction === 'ascending' ? [...events] : [...events].reverse();
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const keyed = events.map((event, order) => ({ event, order, text: textOf(event, key) }));
  keyed.sort((a, b) => sign * collator.compare(a.text, b.text) || a.order - b.order);
  return keyed.map((entry) => entry.event);
}
