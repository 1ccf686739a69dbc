/** The shapes of the region's TopoJSON: what the build writes and the map reads. */
import type { Position } from 'geojson';
import type { GeometryCollection, Topology as SpecTopology } from 'topojson-specification';

/** A polygon's rings: the exterior first, then its holes. */
export type Rings = Position[][];

/** The fields of a data/countries.json entry this module needs. */
export interface RegionCountry {
  iso3: string;
  isoNumeric: string;
  /** The focus states' lines keep more detail than the rest. */
  role?: 'focus' | 'neighbour' | 'partner';
}

export interface CountryShapeProperties {
  iso3: string;
  /** Where the country's name is drawn, [lon, lat]. */
  label: [number, number];
}

export interface LocalizedName {
  ru: string;
  en: string;
  kk: string;
}

export interface DisputedProperties {
  id: string;
  disputed: true;
  claimants: string[];
  name: LocalizedName;
}

export interface WaterProperties {
  id: string;
  name: LocalizedName;
}

export interface RegionTopology extends SpecTopology {
  objects: {
    countries: GeometryCollection<CountryShapeProperties>;
    disputed: GeometryCollection<DisputedProperties>;
    water: GeometryCollection<WaterProperties>;
  };
}
