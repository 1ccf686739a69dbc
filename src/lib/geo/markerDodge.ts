/**
 * Markers of different countries that would cover each other, moved apart. Tashkent, Dushanbe,
 * Bishkek and Almaty lie a few pixels apart on the first view; they cannot merge (nearbyPlaces.ts
 * keeps countries apart), so the smaller marker steps aside just far enough to clear the larger and a
 * thin leader line ties it to its place, as news maps do with crowded callouts.
 */
import type { EventPlace } from './eventPlaces.ts';
import { placeMarkerRadius } from './eventSymbols.ts';
import { mercatorPixels, mercatorToLonLat } from './mapView.ts';

/** Clear space between two markers' outlines, in px: the group circles' 2 px halo and a hair more. */
export const MARKER_GAP = 3;
/** A marker moves at most this far from its place: further, the leader line reads as a route. */
const MAX_SHIFT = 56;
const SHIFT_STEP = 3;
/** Directions tried on each ring, fanning out from straight away from the covered marker. */
const ANGLE_STEP = Math.PI / 12;

interface Placed {
  x: number;
  y: number;
  radius: number;
}

/** The first placed marker that a marker of `radius` at x, y would touch (`gap` apart), the largest first. */
function firstCovered(placed: readonly Placed[], x: number, y: number, radius: number, gap: number): Placed | undefined {
  return placed.find((other) => Math.hypot(other.x - x, other.y - y) < other.radius + radius + gap);
}

/**
 * The markers at `zoom`, each that would touch a busier one moved to the nearest free spot within
 * reach (`drawnAt`; `lon`/`lat` stay the place's own, for flying to it and naming it). Busier places
 * keep their spot: a capital with dozens of meetings is where the reader looks for it. A marker that
 * finds no free spot within reach stays on its place. `scale` is the markers' size (placeMarkerRadius);
 * the gap and the reach grow with it.
 */
export function dodgeOverlappingMarkers(places: readonly EventPlace[], zoom: number, scale = 1): EventPlace[] {
  const order = places
    .map((place, index) => ({ place, index }))
    .sort((a, b) => b.place.events.length - a.place.events.length || (a.place.key < b.place.key ? -1 : a.place.key > b.place.key ? 1 : 0));
  const placed: Placed[] = [];
  const moved = new Map<number, [number, number]>();
  for (const { place, index } of order) {
    const [x, y] = mercatorPixels(place.lon, place.lat, zoom);
    const radius = placeMarkerRadius(place.events.length, scale);
    const covered = firstCovered(placed, x, y, radius, MARKER_GAP * scale);
    if (!covered) {
      placed.push({ x, y, radius });
      continue;
    }
    const spot = freeSpot(placed, x, y, radius, covered, scale);
    if (spot) moved.set(index, mercatorToLonLat(spot[0], spot[1], zoom));
    placed.push(spot ? { x: spot[0], y: spot[1], radius } : { x, y, radius });
  }
  if (moved.size === 0) return [...places];
  return places.map((place, index) => {
    const drawnAt = moved.get(index);
    return drawnAt ? { ...place, drawnAt } : place;
  });
}

/**
 * The nearest spot to x, y where the marker touches nothing placed: rings of growing distance, on
 * each the directions closest to "away from the marker it covered" first.
 */
function freeSpot(placed: readonly Placed[], x: number, y: number, radius: number, covered: Placed, scale: number): [number, number] | null {
  const gap = MARKER_GAP * scale;
  const away = Math.hypot(x - covered.x, y - covered.y) > 0.5 ? Math.atan2(y - covered.y, x - covered.x) : -Math.PI / 4;
  // The least shift that clears the covered marker when moving straight away from it.
  const firstRing = covered.radius + radius + gap - Math.hypot(x - covered.x, y - covered.y);
  for (let shift = Math.max(SHIFT_STEP, Math.ceil(firstRing)); shift <= MAX_SHIFT * scale; shift += SHIFT_STEP) {
    for (let turn = 0; turn * ANGLE_STEP <= Math.PI; turn++) {
      for (const sign of turn === 0 ? [1] : [1, -1]) {
        const angle = away + sign * turn * ANGLE_STEP;
        const cx = x + shift * Math.cos(angle);
        const cy = y + shift * Math.sin(angle);
        if (!firstCovered(placed, cx, cy, radius, gap)) return [cx, cy];
      }
    }
  }
  return null;
}
