import { describe, expect, it } from 'vitest';
import type { Initiative } from '../../../src/lib/data/schema.ts';
import { initiativeFeatures, withInitiativeStatuses } from '../../../src/lib/geo/initiativeFeatures.ts';
import { fixtureDataset } from './mapFixtures.ts';

const line = (coordinates: number[][]) => ({ type: 'LineString' as const, coordinates });

function initiative(id: string, kind: Initiative['kind'], parent?: string): Initiative {
  return {
    id,
    parent,
    kind,
    name: { ru: id, en: id },
    description: { ru: id, en: id },
    status: [{ from: '2020', status: 'operating' }],
    geometry: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { approximate: true }, geometry: line([[50, 40], [55, 38]]) }] },
    sources: [{ publisher: 'P', title: 'T', url: 'http://example.org/', lang: 'en' }],
  };
}

describe('initiativeFeatures', () => {
  it('tags every part with its initiative id and kind, and marks a branch of a broader initiative', () => {
    const features = initiativeFeatures([initiative('instc', 'corridor'), initiative('instc-east', 'corridor', 'instc')]).features;
    expect(features.map((part) => part.properties)).toEqual([
      { id: 'instc', kind: 'corridor', branch: false, approximate: true },
      { id: 'instc-east', kind: 'corridor', branch: true, approximate: true },
    ]);
  });

  it('keeps the geometry of a project given as several points', () => {
    const [summits] = initiativeFeatures(fixtureDataset().initiatives).features;
    expect(summits.properties.kind).toBe('project');
    expect(summits.geometry.type).toBe('MultiPoint');
  });

  it("gives every part its initiative's status on the day, and 'none' before the first", () => {
    const features = initiativeFeatures([initiative('instc', 'corridor'), initiative('instc-east', 'corridor', 'instc')]);
    const dated = withInitiativeStatuses(features, new Map([['instc', 'agreed' as const]]));
    expect(dated.features.map((part) => part.properties.status)).toEqual(['agreed', 'none']);
    expect(features.features[0].properties.status).toBeUndefined();
  });
});
