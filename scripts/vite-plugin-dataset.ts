/**
 * Serves the validated dataset to the app as `virtual:dataset`. Validation runs at build time, so a
 * bad data file fails `vite build` (and shows in the dev overlay) with the validator's messages, and
 * the browser receives trusted, normalised data without shipping the schema library.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { formatProblem, validateDataset } from '../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from './readDataFiles.ts';
import { worldLand } from './worldLand.ts';

const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = '\0virtual:dataset';

export function datasetPlugin(root: string): Plugin {
  const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
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
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(dataset))});`;
    },
  };
}
