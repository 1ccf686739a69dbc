/**
 * Initiatives joined to the map: corridors as lines, programmes as areas, projects as points, each
 * feature carrying its initiative's id so a click can filter the events.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Initiative } from '../data/schema.ts';
import type { InitiativeStatus } from '../data/vocabulary.ts';

export interface InitiativeProperties {
  id: string;
  kind: Initiative['kind'];
  /** True for a branch of a broader initiative (the eastern route of the INSTC), drawn apart. */
  branch: boolean;
  /** True where the line or area is drawn by hand rather than from surveyed places. */
  approximate: boolean;
  /** The status in force at the end of the selected period ('none' before the first); absent: not yet known, drawn as operating. */
  status?: InitiativeStatus | 'none';
}

export function initiativeFeatures(initiatives: readonly Initiative[]): FeatureCollection<Geometry, InitiativeProperties> {
  const features: Feature<Geometry, InitiativeProperties>[] = [];
  for (const initiative of initiatives) {
    for (const part of initiative.geometry.features) {
      features.push({
        type: 'Feature',
        properties: {
          id: initiative.id,
          kind: initiative.kind,
          branch: initiative.parent !== undefined,
          approximate: part.properties.approximate === true,
        },
        geometry: part.geometry as Geometry,
      });
    }
  }
  return { type: 'FeatureCollection', features };
}

/** The features with each initiative's status on the day in question (see `initiativeStatusesAt`). */
export function withInitiativeStatuses(
  collection: FeatureCollection<Geometry, InitiativeProperties>,
  statuses: ReadonlyMap<string, InitiativeStatus | null>,
): FeatureCollection<Geometry, InitiativeProperties> {
  return {
    type: 'FeatureCollection',
    features: collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, status: statuses.get(feature.properties.id) ?? 'none' } })),
  };
}
