/**
 * Checks the data against the map's own geometry: every event's place lies in the country it names
 * (border points within a few kilometres), and an initiative's land segments stay on land unless
 * the feature is marked as a sea crossing.
 */
import type { Position } from 'geojson';
import { pointsAlong, type LandLookup } from '../geo/landLookup.ts';
import type { Initiative, RelationsEvent } from './schema.ts';

/** Border towns and checkpoints: a point this close to its country passes (the map's borders are 1:50m). */
export const BORDER_TOLERANCE_KM = 5;
/** Coastal ports and shore-side rail: a line point this close to land is on land. */
export const COAST_TOLERANCE_KM = 3;
const SAMPLE_STEP_KM = 4;

type Report = (field: string, message: string) => void;

export function checkEventPlace(event: RelationsEvent, land: LandLookup, report: Report): void {
  const { lon, lat, country } = event.place;
  if (land.nearCountry(lon, lat, country, BORDER_TOLERANCE_KM)) return;
  const found = land.countryAt(lon, lat);
  report('place', `(${lon}, ${lat}) lies ${found === null ? 'at sea' : `in ${found}`}, not in ${country}`);
}

function lineParts(geometry: { type: string; coordinates: unknown }): Position[][] {
  if (geometry.type === 'LineString') return [geometry.coordinates as Position[]];
  if (geometry.type === 'MultiLineString') return geometry.coordinates as Position[][];
  return [];
}

export function checkInitiativeGeometry(initiative: Initiative, land: LandLookup, report: Report): void {
  initiative.geometry.features.forEach((feature, index) => {
    if (feature.properties.seaCrossing === true) return;
    for (const line of lineParts(feature.geometry)) {
      for (let i = 1; i < line.length; i++) {
        const a = line[i - 1] as [number, number];
        const b = line[i] as [number, number];
        const wet = pointsAlong(a, b, SAMPLE_STEP_KM).find(([x, y]) => !land.nearLand(x, y, COAST_TOLERANCE_KM));
        if (wet) {
          report(
            `geometry.features[${index}]`,
            `the segment (${a.join(', ')}) → (${b.join(', ')}) crosses open water near (${wet.map((v) => v.toFixed(2)).join(', ')}); draw it through junctions on land or mark the feature "seaCrossing": true`,
          );
          break;
        }
      }
    }
  });
}
