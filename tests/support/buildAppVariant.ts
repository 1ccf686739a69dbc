/**
 * Builds the production app on another data folder into its own output folder, for tests and
 * benchmarks that need a different dataset (hostile text, 10,000 synthetic events).
 */
import { join, resolve } from 'node:path';
import { build } from 'vite';

export const REPO_ROOT = join(import.meta.dirname, '../..');

/** `outDir` is taken from the repository's root unless absolute; returns its absolute path. */
export async function buildAppVariant(dataRoot: string, outDir: string): Promise<string> {
  const target = resolve(REPO_ROOT, outDir);
  const previous = process.env.RELATIONS_DATA_ROOT;
  process.env.RELATIONS_DATA_ROOT = dataRoot;
  try {
    await build({ root: REPO_ROOT, configFile: join(REPO_ROOT, 'vite.config.ts'), logLevel: 'error', build: { outDir: target, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.RELATIONS_DATA_ROOT;
    else process.env.RELATIONS_DATA_ROOT = previous;
  }
  return target;
}
