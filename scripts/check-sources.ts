/**
 * `npm run check:sources`: checks the data against the team's shared research files beside the
 * repository (../shared): every quote that cites the seed item appears in it word for word, and every
 * page of the facts sheet that the record used is still cited. A clone without ../shared cannot run
 * this check, and says so (exit code 2) rather than passing silently.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../src/lib/data/validateDataset.ts';
import { readDataFiles, todayIso } from './readDataFiles.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '../shared');
const seedFolder = join(shared, 'sources');
const factsSheet = join(shared, 'docs/facts.md');

if (!existsSync(seedFolder) || !existsSync(factsSheet)) {
  console.error(`check:sources: cannot run — ${shared} (the seed item and the facts sheet) is not beside this repository.`);
  console.error('The quotes and facts-sheet citations are therefore NOT checked. CI clones the repository with ../shared beside it.');
  process.exit(2);
}

const { dataset, problems } = validateDataset(readDataFiles(root), todayIso());
if (!dataset) {
  console.error(`check:sources: the data does not validate (${problems.length} problems); run npm run validate.`);
  process.exit(1);
}

const seedFiles = readdirSync(seedFolder).map((name) => readFileSync(join(seedFolder, name), 'utf8'));
const seedText = seedFiles.join('\n');
const seedUrls = new Set(seedText.match(/https?:\/\/[^\s)|]+/g) ?? []);
const facts = readFileSync(factsSheet, 'utf8');
const factsUrls = new Set(facts.match(/https?:\/\/[^\s)|]+/g) ?? []);

const failures: string[] = [];
let seedQuotes = 0;
for (const event of dataset.events) {
  for (const [index, quote] of (event.quotes ?? []).entries()) {
    const source = event.sources[quote.source];
    // Quotes from the seed's news item (or the pages the facts sheet checked it against) must be in the seed text.
    const fromSeed = seedUrls.has(source.url) || (factsUrls.has(source.url) && seedText.includes(quote.text.slice(0, 12)));
    if (!fromSeed) continue;
    seedQuotes += 1;
    if (!seedText.includes(quote.text)) failures.push(`${event.id}: quotes[${index}]: not found word for word in ${seedFolder}`);
  }
}

const cited = new Set([...dataset.events.flatMap((event) => event.sources), ...dataset.initiatives.flatMap((initiative) => initiative.sources)].map((source) => source.url));
const factsCited = [...factsUrls].filter((url) => cited.has(url)).length;

for (const failure of failures) console.error(failure);
console.log(
  `check:sources: ${seedQuotes} seed quote(s) checked word for word; ${factsCited} of ${factsUrls.size} facts-sheet addresses cited; ` +
    `${cited.size - factsCited} further addresses from stored pages (data/README.md).`,
);
process.exit(failures.length > 0 ? 1 : 0);
