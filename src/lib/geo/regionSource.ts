import type { FeatureCollection } from 'geojson';
import type { RegionGeoJson } from './regionGeoJson.ts';

/** Which of the region's feature sets a feature of the `region` source belongs to. */
export type RegionPart = 'country' | 'water' | 'disputed' | 'country-label' | 'capital';

/**
 * The region's five feature sets as one GeoJSON source, each feature tagged with its `part`. One
 * source is tiled once and its tiles reach the map together: with a source per set the worker
 * tiles five times and MapLibre draws (and, without a GPU, reads back) a frame as each one's
 * tiles arrive, about one extra frame per source before the first full view.
 */
export function regionFeatures(region: RegionGeoJson): FeatureCollection {
  const tagged = (part: RegionPart, collection: FeatureCollection) => collection.features.map((feature) => ({ ...feature, properties: { ...feature.properties, part } }));
  return {
    type: 'FeatureCollection',
    features: [
      ...tagged('country', region.countries),
      ...tagged('water', region.water),
      ...tagged('disputed', region.disputed),
      ...tagged('country-label', region.countryLabels),
      ...tagged('capital', region.capitals),
    ],
  };
}
