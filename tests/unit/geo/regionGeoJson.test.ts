import { geoContains } from 'd3-geo';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { currentCapitalName, regionGeoJson, type RegionGeoJson } from '../../../src/lib/geo/regionGeoJson.ts';
import { fixtureDataset, fixtureTopology } from './mapFixtures.ts';

let dataset: Dataset;
let region: RegionGeoJson;
beforeAll(() => {
  dataset = fixtureDataset();
  region = regionGeoJson(fixtureTopology(dataset), dataset.countries);
});

describe('regionGeoJson', () => {
  it('marks the six focus countries and leaves countries outside the data as "other"', () => {
    const roles = new Map(region.countries.features.map((shape) => [shape.properties.iso3, shape.properties.role]));
    for (const code of ['RUS', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']) expect(roles.get(code)).toBe('focus');
    expect(roles.get('IRN')).toBe('neighbour');
    const withoutIran = regionGeoJson(fixtureTopology(dataset), dataset.countries.filter((country) => country.iso3 !== 'IRN'));
    expect(withoutIran.countries.features.find((shape) => shape.properties.iso3 === 'IRN')?.properties.role).toBe('other');
  });

  it('places each country label inside the country', () => {
    for (const label of region.countryLabels.features) {
      const shape = region.countries.features.find((candidate) => candidate.properties.iso3 === label.properties.iso3);
      expect(shape && geoContains(shape, label.geometry.coordinates as [number, number]), label.properties.iso3).toBe(true);
    }
  });

  it('marks the capitals of the focus countries with their current names', () => {
    const astana = region.capitals.features.find((capital) => capital.properties.iso3 === 'KAZ');
    expect(astana?.properties.name_en).toBe('Astana');
    expect(region.capitals.features).toHaveLength(6);
  });

  it('keeps Crimea as a disputed area and the Caspian as water', () => {
    expect(region.disputed.features.map((area) => area.properties.id)).toContain('crimea');
    expect(region.water.features.map((area) => area.properties.id)).toEqual(['caspian']);
  });
});

describe('currentCapitalName', () => {
  it('takes the name without an end date (Astana after Nur-Sultan)', () => {
    const kazakhstan = dataset.countries.find((country) => country.iso3 === 'KAZ');
    expect(kazakhstan && currentCapitalName(kazakhstan)?.en).toBe('Astana');
  });
});
