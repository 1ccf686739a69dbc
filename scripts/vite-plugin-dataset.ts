/**
 * Serves the validated dataset to the app in two parts: `virtual:dataset`, what the first view draws
 * (every event without its texts), and `virtual:dataset-details`, a function that fetches each
 * event's summary, note, sources and quotes by id, which the app calls once the first view is up.
 * Validation runs once over the whole record at build time, so a bad data file fails `vite build`
 * (and shows in the dev overlay) with the validator's messages, and the browser receives trusted,
 * normalised data without shipping the schema library.
 *
 * With `publish` (the build with files beside the page) the texts are a JSON file the app fetches:
 * a failed fetch can be retried, where Chromium keeps a failed `import()` for the page's life. Without
 * it (the dev server, the single file) they are a module imported on demand, inlined in the single
 * file. `publish` also writes the record as files beside the app: data/events.json, events.csv,
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
import { splitDetails } from '../src/lib/data/eventDetails.ts';
import { readDataFiles, todayIso } from './readDataFiles.ts';
import { worldLand } from './worldLand.ts';

const MODULES = { 'virtual:dataset': 'core', 'virtual:dataset-details': 'loader', 'virtual:dataset-details-data': 'details' } as const;
// '\0' + the id keeps the chunk named `_virtual_dataset-<hash>.js`, as tests and the benchmark know it.
const RESOLVED = new Map(Object.entries(MODULES).map(([id, part]) => [`\0${id}`, part]));

/** The loader when the texts are a file beside the page (`url`) or a module of their own. */
function detailsLoader(url: string | null): string {
  if (url === null) return `export default () => import('virtual:dataset-details-data').then((module) => module.default);`;
  return `const url = ${url};
export default async function loadEventTexts() {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`the events' texts did not load: HTTP \${response.status}\`);
  return response.json();
}`;
}

/** JSON.parse of a string literal: quicker for engines to load than the same data as an object literal. */
const jsonModule = (value: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

export function datasetPlugin(root: string, { publish = false }: { publish?: boolean } = {}): Plugin {
  const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
  let validated: Dataset | null = null;
  let split: ReturnType<typeof splitDetails> | null = null;
  let textsAsFile = false;

  function dataFiles(): string[] {
    const files = readDataFiles(root);
    return [files.countries, files.initiatives, ...files.events, ...files.stories, ...(files.releases ? [files.releases] : [])].map((file) => join(root, file.path));
  }

  function validate(): ReturnType<typeof splitDetails> {
    const { problems, dataset } = validateDataset(readDataFiles(root), todayIso(), { land: worldLand(repositoryRoot) });
    if (problems.length > 0 || !dataset) {
      throw new Error(`invalid data:\n${problems.map(formatProblem).join('\n')}`);
    }
    validated = dataset;
    return splitDetails(dataset);
  }

  return {
    name: 'relations-dataset',
    configResolved(config) {
      textsAsFile = publish && config.command === 'build';
    },
    resolveId(id) {
      return Object.hasOwn(MODULES, id) ? `\0${id}` : undefined;
    },
    // An edited data file is validated again, once for both modules.
    watchChange() {
      split = null;
    },
    load(id) {
      const part = RESOLVED.get(id);
      if (part === undefined) return undefined;
      for (const file of dataFiles()) this.addWatchFile(file);
      // Both modules come from one validation pass over the whole record, so their halves match.
      split ??= validate();
      if (part === 'core') return jsonModule(split.core);
      if (part === 'details') return jsonModule(split.details);
      if (!textsAsFile) return detailsLoader(null);
      const file = this.emitFile({ type: 'asset', name: 'event-texts.json', source: JSON.stringify(split.details) });
      return detailsLoader(`import.meta.ROLLUP_FILE_URL_${file}`);
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
