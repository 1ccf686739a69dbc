/** The shipped data as the app receives it, so browser tests can state what the page must show. */
import { join } from 'node:path';
import { readDataFiles, todayIso } from '../../../scripts/readDataFiles.ts';
import type { Dataset } from '../../../src/lib/data/dataset.ts';
import { validateDataset } from '../../../src/lib/data/validateDataset.ts';

export function shippedDataset(): Dataset {
  const { dataset, problems } = validateDataset(readDataFiles(join(import.meta.dirname, '../../..')), todayIso());
  if (!dataset) throw new Error(`the shipped data is invalid: ${problems.length} problems`);
  return dataset;
}
