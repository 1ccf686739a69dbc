/** Trimmed, real-shaped inputs for the map's unit tests: the valid fixture dataset and small events. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { readDataFiles } from '../../../scripts/readDataFiles.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';
import { buildRegionTopology, type RegionTopology } from '../../../src/lib/geo/buildRegionTopology.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export function fixtureDataset(): Dataset {
  const { dataset, problems } = validateDataset(readDataFiles(`${root}tests/fixtures/valid`), '2099-01-01');
  if (!dataset) throw new Error(`fixture dataset is invalid: ${JSON.stringify(problems)}`);
  return dataset;
}

/** The region built from world-atlas 110m (quick to build; the same objects as the app's 50m file). */
export function fixtureTopology(dataset: Dataset): RegionTopology {
  const world = JSON.parse(readFileSync(`${root}node_modules/world-atlas/countries-110m.json`, 'utf8')) as Topology;
  return buildRegionTopology(world, dataset.countries);
}

export { makeEvent } from '../../support/eventFactory.ts';
