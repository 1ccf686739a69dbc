/**
 * What a presented step should frame: the event's place, the capitals of the states taking part and
 * the lines of its initiatives (a train from Chekhov to Sarakhs shows its route, not only Moscow);
 * for an initiative step, the initiative's own geometry.
 */
import type { Country, Initiative, RelationsEvent } from '../data/schema.ts';

export type LonLatBounds = [[number, number], [number, number]];

/** Every coordinate pair inside a GeoJSON geometry's coordinates. */
function positions(coordinates: unknown, into: [number, number][]): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number' && typeof coordinates[1] === 'number') {
    into.push([coordinates[0], coordinates[1]]);
    return;
  }
  for (const part of coordinates) positions(part, into);
}

function boundsOf(points: readonly [number, number][]): LonLatBounds | null {
  if (points.length === 0) return null;
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lon, lat] of points) {
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return [
    [west, south],
    [east, north],
  ];
}

function initiativePoints(initiative: Initiative, into: [number, number][]): void {
  for (const feature of initiative.geometry.features) positions(feature.geometry.coordinates, into);
}

export function eventStepBounds(
  event: Pick<RelationsEvent, 'place' | 'participants' | 'initiatives'>,
  countriesByCode: ReadonlyMap<string, Country>,
  initiativesById: ReadonlyMap<string, Initiative>,
): LonLatBounds | null {
  const points: [number, number][] = [[event.place.lon, event.place.lat]];
  for (const code of event.participants) {
    const capital = countriesByCode.get(code)?.capital;
    if (capital) points.push([capital.lon, capital.lat]);
  }
  for (const id of event.initiatives) {
    const initiative = initiativesById.get(id);
    if (initiative) initiativePoints(initiative, points);
  }
  return boundsOf(points);
}

export function initiativeStepBounds(initiative: Initiative): LonLatBounds | null {
  const points: [number, number][] = [];
  initiativePoints(initiative, points);
  return boundsOf(points);
}
