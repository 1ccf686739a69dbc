/**
 * The region's TopoJSON as GeoJSON for both renderers (MapLibre sources, d3-geo paths), with the
 * label points of countries and the capitals of the focus countries.
 */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { Country, Language, LocalizedText } from '../data/schema.ts';
import type { CountryShapeProperties, DisputedProperties, RegionTopology, WaterProperties } from './regionTopologyTypes.ts';

export type Area = Polygon | MultiPolygon;

export interface CountryProperties {
  iso3: string;
  /** How the country is drawn: the six states of the map's subject stand out, the rest are context. */
  role: Country['role'] | 'other';
}

export interface NamedPointProperties {
  iso3: string;
  role: Country['role'];
  name_ru: string;
  name_en: string;
  name_kk: string;
  /** Where the name starts from its point: "left" runs it eastwards (default: centred). */
  anchor?: 'left';
}

/**
 * Names that start at their point instead of centring on it. Tajikistan's name is several times the
 * country's width on the first view; centred anywhere inside it, it covered Dushanbe's marker and count.
 */
const LABEL_ANCHORS: Partial<Record<string, 'left'>> = { TJK: 'left' };

export interface RegionGeoJson {
  countries: FeatureCollection<Area, CountryProperties>;
  disputed: FeatureCollection<Area, DisputedProperties>;
  water: FeatureCollection<Area, WaterProperties>;
  /** One point per named country, inside its largest polygon. */
  countryLabels: FeatureCollection<Point, NamedPointProperties>;
  /** Capitals of the focus countries, named as they are today. */
  capitals: FeatureCollection<Point, NamedPointProperties>;
}

/** The six states whose relations the map shows, Russia first. */
export function focusCountries(countries: readonly Country[]): Country[] {
  return countries.filter((country) => country.role === 'focus');
}

function namedProperties(country: Country, name: LocalizedText): NamedPointProperties {
  return { iso3: country.iso3, role: country.role, name_ru: name.ru, name_en: name.en, name_kk: name.kk ?? name.ru };
}

/** Longitude moved into the topology's unwrapped range (the region runs east past 180°). */
function unwrapLongitude(lon: number, west: number): number {
  return lon < west ? lon + 360 : lon;
}

/** The current name of a country's capital (the entry without an end date). */
export function currentCapitalName(country: Country): LocalizedText | null {
  const names = country.capital?.names ?? [];
  return (names.find((entry) => entry.to === undefined) ?? names.at(-1))?.name ?? null;
}

export function regionGeoJson(topology: RegionTopology, countries: readonly Country[]): RegionGeoJson {
  const byCode = new Map(countries.map((country) => [country.iso3, country]));
  const west = topology.bbox?.[0] ?? -180;
  const countryShapes = feature(topology, topology.objects.countries) as FeatureCollection<Area, CountryShapeProperties>;

  const countryFeatures: Feature<Area, CountryProperties>[] = countryShapes.features.map((shape) => ({
    type: 'Feature',
    properties: { iso3: shape.properties.iso3, role: byCode.get(shape.properties.iso3)?.role ?? 'other' },
    geometry: shape.geometry,
  }));

  const countryLabels: Feature<Point, NamedPointProperties>[] = [];
  for (const shape of countryShapes.features) {
    const country = byCode.get(shape.properties.iso3);
    if (!country || country.role === 'partner') continue;
    const [lon, lat] = shape.properties.label;
    countryLabels.push({
      type: 'Feature',
      properties: { ...namedProperties(country, country.name), ...(LABEL_ANCHORS[country.iso3] ? { anchor: LABEL_ANCHORS[country.iso3] } : {}) },
      geometry: { type: 'Point', coordinates: [unwrapLongitude(lon, west), lat] },
    });
  }

  const capitals: Feature<Point, NamedPointProperties>[] = [];
  for (const country of focusCountries(countries)) {
    const name = currentCapitalName(country);
    if (!country.capital || !name) continue;
    capitals.push({
      type: 'Feature',
      properties: namedProperties(country, name),
      geometry: { type: 'Point', coordinates: [country.capital.lon, country.capital.lat] },
    });
  }

  return {
    countries: { type: 'FeatureCollection', features: countryFeatures },
    disputed: feature(topology, topology.objects.disputed) as FeatureCollection<Area, DisputedProperties>,
    water: feature(topology, topology.objects.water) as FeatureCollection<Area, WaterProperties>,
    countryLabels: { type: 'FeatureCollection', features: countryLabels },
    capitals: { type: 'FeatureCollection', features: capitals },
  };
}

/** The name property of a label point in a UI language. */
export function nameProperty(lang: Language): keyof NamedPointProperties {
  return `name_${lang}`;
}
