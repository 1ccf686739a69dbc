/**
 * Serves the validated dataset to the app as `virtual:dataset`. Validation runs at build time, so a
 * bad data file fails `vite build` (and shows in the dev overlay) with the validator's messages, and
 * the browser receives trusted, normalised data without shipping the schema library. With `publish`,
 * the build also writes the record as files beside the app: data/events.json, events.csv,
 * sources.csv and schema.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { Dataset } from '../src/lib/data/dataset.ts';
import { dataJsonSchema } from '../src/lib/data/jsonSchema.ts';
import { eventsCsv, eventsJson, PUBLISHED_FILES, sourcesCsv } from '../src/lib/data/publishDataset.ts';
import { formatProblem, validateDataset } from '../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from './readDataFiles.ts';
import { worldLand } from './worldLand.ts';

const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = '\0virtual:dataset';

export function datasetPlugin(root: string, { publish = false }: { publish?: boolean } = {}): Plugin {
  const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
  let validated: Dataset | null = null;
  return {
    name: 'relations-dataset',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readDataFiles(root);
      for (const file of [files.countries, files.initiatives, ...files.events, ...files.stories, ...(files.releases ? [files.releases] : [])]) this.addWatchFile(join(root, file.path));
      const { problems, dataset } = validateDataset(files, todayIso(), { land: worldLand(repositoryRoot) });
      if (problems.length > 0 || !dataset) {
        throw new Error(`invalid data:\n${problems.map(formatProblem).join('\n')}`);
      }
      validated = dataset;
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
    generateBundle() {
      if (!publish || !validated) return;
      // The byte-order mark makes spreadsheet programs read the Cyrillic text as UTF-8.
      const files: [string, string][] = [
        [PUBLISHED_FILES.eventsJson, eventsJson(validated)],
        [PUBLISHED_FILES.eventsCsv, `\ufeff${eventsCsv(validated.events)}`],
        [PUBLISHED_FILES.sourcesCsv, `\ufeff${sourcesCsv(validated.events)}`],
        [PUBLISHED_FILES.schemaJson, `${JSON.stringify(dataJsonSchema(), null, 2)}\n`],
      ];
      const coverage = join(root, 'data/coverage.md');
      if (existsSync(coverage)) files.push([PUBLISHED_FILES.coverageMd, readFileSync(coverage, 'utf8')]);
      for (const [fileName, source] of files) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
