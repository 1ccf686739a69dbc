/**
 * A Russia–partner pair at a glance (the relations view's profile): the formal level over time, the
 * events per year, the contacts by kind, the last contact, the places met most and the shared
 * initiatives. An event belongs to the pair when both Russia and the partner take part.
 */
import type { Place } from './schema.ts';
import type { EventCore } from './dataset.ts';
import { RELATION_LEVELS, type RelationLevel } from './vocabulary.ts';
import { isPartner, type Partner } from './pairCounts.ts';
import type { EventFilters } from './filterEvents.ts';

/** A change of the pair's formal level, and the event (a signed document) that made it. */
export interface LevelStep {
  level: RelationLevel;
  date: string;
  eventId: string;
}

export interface PairProfileData {
  partner: Partner;
  total: number;
  perYear: { year: number; count: number }[];
  /** Leader contacts by kind: visits, talks or calls, multilateral summits. */
  contacts: { visit: number; talks: number; summit: number };
  /** The latest event of the pair, or null. */
  lastContact: EventCore | null;
  /** Places by events held there, most first (ties by the earlier first meeting). */
  places: { place: Place; count: number; date: string }[];
  /** Initiatives the pair's events name, most events first. */
  initiatives: { id: string; count: number }[];
}

const takesPart = (event: Pick<EventCore, 'participants'>, partner: Partner) => event.participants.includes('RUS') && event.participants.includes(partner);

/**
 * The pair's formal level over time from the events carrying `relationLevel`, oldest first. A
 * document that restates the level in force is not a step; one that names another level is.
 */
export function levelSteps(events: readonly EventCore[], partner: Partner): LevelStep[] {
  const steps: LevelStep[] = [];
  const dated = events.filter((event) => event.relationLevel && takesPart(event, partner)).sort((a, b) => a.date.localeCompare(b.date));
  for (const event of dated) {
    const level = event.relationLevel as RelationLevel;
    if (steps.at(-1)?.level !== level) steps.push({ level, date: event.date, eventId: event.id });
  }
  return steps;
}

/** The rank of a level in RELATION_LEVELS (0 = friendship), for drawing it on an axis. */
export function levelRank(level: RelationLevel): number {
  return RELATION_LEVELS.indexOf(level);
}

/** The profile of one pair from `events` (already filtered, by date), with a row per year in [firstYear, lastYear]. */
export function pairProfile(events: readonly EventCore[], partner: Partner, firstYear: number, lastYear: number, placeLimit = 3): PairProfileData {
  const perYear = Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, offset) => ({ year: firstYear + offset, count: 0 }));
  const contacts = { visit: 0, talks: 0, summit: 0 };
  const places = new Map<string, { place: Place; count: number; date: string }>();
  const initiatives = new Map<string, number>();
  let lastContact: EventCore | null = null;
  let total = 0;
  for (const event of events) {
    if (!takesPart(event, partner)) continue;
    total += 1;
    const row = perYear[Number(event.date.slice(0, 4)) - firstYear];
    if (row) row.count += 1;
    if (event.type === 'visit' || event.type === 'talks' || event.type === 'summit') contacts[event.type] += 1;
    if (lastContact === null || event.date >= lastContact.date) lastContact = event;
    // Places are told apart by their coordinates: a capital keeps its spot through its renamings.
    const key = `${event.place.lon.toFixed(2)},${event.place.lat.toFixed(2)}`;
    const seen = places.get(key);
    if (seen) seen.count += 1;
    else places.set(key, { place: event.place, count: 1, date: event.date });
    for (const id of event.initiatives) initiatives.set(id, (initiatives.get(id) ?? 0) + 1);
  }
  return {
    partner,
    total,
    perYear,
    contacts,
    lastContact,
    places: [...places.values()].sort((a, b) => b.count - a.count || a.date.localeCompare(b.date)).slice(0, placeLimit),
    initiatives: [...initiatives].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}

/** The relations view's years: the grid and the profiles share this axis, 2000 to `today`'s year. */
export function relationsYears(today = new Date()): readonly [number, number] {
  return [2000, today.getFullYear()];
}

/**
 * The profiles the relations view shows: those asked for (compare), else the pair the country
 * filter names (Russia and one partner, both taking part), else none.
 */
export function shownProfiles(compare: readonly Partner[], filters: Pick<EventFilters, 'countries' | 'countryMode'>): readonly Partner[] {
  if (compare.length > 0) return compare;
  const { countries, countryMode } = filters;
  const other = countries.find((code) => code !== 'RUS');
  return countryMode === 'all' && countries.length === 2 && countries.includes('RUS') && other && isPartner(other) ? [other] : [];
}
