/**
 * The pure filter functions over 10,000 events (`npx vitest bench --project unit --run`): one
 * filter pass and the option counts must stay far below a frame (16 ms) together.
 */
import { bench, describe } from 'vitest';
import { countByOption, defaultFilters, filterEvents, indexEvents } from '../../../src/lib/data/filterEvents.ts';
import { syntheticEvents, templateDataset } from '../../bench/syntheticDataset.ts';
import { ROOT } from '../../bench/support.ts';

const { dataset } = templateDataset(ROOT);
const events = syntheticEvents(dataset.events, 10_000);
const index = indexEvents(events);
const pairSinceWithText = { ...defaultFilters(), countries: ['RUS', 'UZB'], countryMode: 'all' as const, topics: ['energy' as const], from: '2022-01-01', text: 'душанбе' };

describe('10,000 events', () => {
  bench('indexEvents (once per page)', () => {
    indexEvents(events);
  });
  bench('filterEvents, no filter', () => {
    filterEvents(index, defaultFilters());
  });
  bench('filterEvents, pair + topic + date + text', () => {
    filterEvents(index, pairSinceWithText);
  });
  bench('countByOption, all four facets', () => {
    for (const facet of ['types', 'countries', 'initiatives', 'topics'] as const) countByOption(index, pairSinceWithText, facet);
  });
});
