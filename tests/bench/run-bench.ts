/**
 * `npm run bench`: runs every module in tests/bench/benchmarks/ (each default-exports a Benchmark),
 * prints one table and writes it to bench/results/latest.{json,md}. It runs after `npm run build`.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, type Benchmark, type BenchRow } from './support.ts';

const only = process.argv[2];
const folder = join(ROOT, 'tests/bench/benchmarks');
const benchmarks: Benchmark[] = [];
for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
  const module = (await import(pathToFileURL(join(folder, name)).href)) as { default: Benchmark };
  if (!only || module.default.name.includes(only)) benchmarks.push(module.default);
}
benchmarks.sort((a, b) => (a.order ?? 50) - (b.order ?? 50));

const rows: BenchRow[] = [];
for (const benchmark of benchmarks) {
  console.error(`bench: ${benchmark.name}…`);
  rows.push(...(await benchmark.run()));
}

const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const format = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1));
const table = [
  '| benchmark | metric | value | target | ok |',
  '|---|---|---:|---|---|',
  ...rows.map((row) => `| ${row.benchmark} | ${row.metric} | ${format(row.value)} ${row.unit} | ${row.target ?? ''} | ${row.pass === undefined ? '' : row.pass ? 'yes' : 'NO'} |`),
].join('\n');
const report = `Measured ${new Date().toISOString().slice(0, 10)} on ${machine}.\n\n${table}\n`;

console.log(`\n${report}`);
// BENCH_RESULTS: somewhere else to write them (a trial run that must not replace the committed figures).
const results = resolve(ROOT, process.env.BENCH_RESULTS ?? 'bench/results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'latest.md'), report);
writeFileSync(join(results, 'latest.json'), `${JSON.stringify({ machine, date: new Date().toISOString(), rows }, null, 2)}\n`);
