/** `npm run validate`: one line per problem (file: item: field: message), exit code 1 on any. */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { formatProblem, validateDataset } from '../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from './readDataFiles.ts';
import { worldLand } from './worldLand.ts';

const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const { problems, dataset } = validateDataset(readDataFiles(root), todayIso(), { land: worldLand(repositoryRoot) });

if (problems.length > 0 || !dataset) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} problem(s) in the data; nothing was built.`);
  process.exit(1);
}
const sourced = dataset.events.reduce((count, event) => count + event.sources.length, 0);
console.log(
  `data OK: ${dataset.events.length} events (${sourced} citations), ${dataset.countries.length} countries, ` +
    `${dataset.initiatives.length} initiatives, ${dataset.stories.length} stories`,
);
