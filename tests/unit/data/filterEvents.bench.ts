/**
 * The pure filter functions over 10,000 events (`npx vitest bench --project unit --run`): the app
 * takes the selection and the four facets' option counts from one `filterWithCounts` pass, and the
 * timeline's list from one `filterEvents` pass without the dates; together they must stay far below
 * a frame (16 ms). Counting the facets one by one is kept as the yardstick the one pass replaced.
 */
import { bench, describe } from 'vitest';
import { countByOption, defaultFilters, filterEvents, filterWithCounts, indexEvents } from '../../../src/lib/data/filterEvents.ts';
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
  bench('filterWithCounts: selection and all four facets in one pass (what the app runs)', () => {
    filterWithCounts(index, pairSinceWithText);
  });
  bench('filterEvents ignoring the dates (the list the timeline draws)', () => {
    filterEvents(index, pairSinceWithText, 'dates');
  });
  bench('countByOption, all four facets one by one', () => {
    for (const facet of ['types', 'countries', 'initiatives', 'topics'] as const) countByOption(index, pairSinceWithText, facet);
  });
});
