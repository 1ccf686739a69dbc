/**
 * Serves the production build (dist/, made by `npm run build` before the tests) once for all
 * end-to-end tests, and hands its address to them.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const root = join(import.meta.dirname, '../../..');
  // E2E_DIST lets parallel work serve its own build folder instead of dist/.
  const outDir = process.env.E2E_DIST ?? 'dist';
  if (!existsSync(resolve(root, outDir, 'index.html'))) {
    throw new Error(`${outDir}/ is missing: end-to-end tests run on the production build; run "npm run build" first (npm test does).`);
  }
  const server = await preview({ root, logLevel: 'error', preview: { port: 0, host: '127.0.0.1', open: false }, build: { outDir } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its address');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  return async () => {
    await server.close();
  };
}
