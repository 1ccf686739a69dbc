/** How events relate to each other: the Russia–partner pair they belong to, and what to read next. */
import type { EventCore } from './dataset.ts';

/** The partner of a bilateral event with Russia ("KAZ" for RUS + KAZ), or null for any other event. */
export function russiaPartner(participants: readonly string[]): string | null {
  if (participants.length !== 2 || !participants.includes('RUS')) return null;
  const partner = participants[0] === 'RUS' ? participants[1] : participants[0];
  return partner === 'RUS' ? null : partner;
}

/**
 * Events that share an initiative or the same bilateral pair with `event`, nearest in time first.
 * `events` must be sorted by date.
 */
export function relatedEvents(event: EventCore, events: readonly EventCore[], limit = 5): EventCore[] {
  const partner = russiaPartner(event.participants);
  const time = Date.parse(event.date);
  return events
    .filter(
      (other) =>
        other.id !== event.id &&
        (other.initiatives.some((id) => event.initiatives.includes(id)) || (partner !== null && russiaPartner(other.participants) === partner)),
    )
    .map((other) => ({ other, distance: Math.abs(Date.parse(other.date) - time) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ other }) => other)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The events just before and after `id` in `selection` (by date), or null at either end or when it is not in it. */
export function neighboursInTime(id: string, selection: readonly EventCore[]): { previous: EventCore | null; next: EventCore | null } {
  const position = selection.findIndex((event) => event.id === id);
  if (position === -1) return { previous: null, next: null };
  return { previous: selection[position - 1] ?? null, next: selection[position + 1] ?? null };
}
