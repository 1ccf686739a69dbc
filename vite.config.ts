import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { serviceWorkerPlugin } from './scripts/vite-plugin-service-worker.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The Content-Security-Policy the production page ships with. Only in the build: the dev server
 * injects inline styles and a websocket that such a policy would block.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

/** The single-file build has no files beside it: the icon travels inside the page too. */
/**
 * Preloads the Cyrillic Noto Sans files the first view draws with. Without it the browser asks for
 * fonts only once text is laid out; the late swap reflows the page under a freshly created map (a
 * resize and a second round of tiles) and the map waits for its label font.
 */
function preloadFirstViewFonts(): Plugin {
  return {
    name: 'preload-first-view-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (_html, context) =>
        Object.keys(context.bundle ?? {})
          .filter((file) => /noto-sans-cyrillic-(400|700)-normal-[\w-]+\.woff2$/.test(file))
          .sort()
          .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `/${file}` }, injectTo: 'head' as const })),
    },
  };
}

function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        /href="\/favicon\.svg"/,
        `href="data:image/svg+xml,${encodeURIComponent(readFileSync(new URL('./public/favicon.svg', import.meta.url), 'utf8'))}"`,
      ),
  };
}

export default defineConfig(({ mode }) => ({
  // RELATIONS_DATA_ROOT builds the app on another data folder (the benchmark's synthetic 10,000 events).
  // `--mode single` (npm run build:single) makes one HTML file that opens from a USB stick with no
  // server: scripts, styles, fonts, geometry, data and the MapLibre worker all inlined. It ships
  // without the CSP meta: its scripts are inline, and a file opened from disk has no origin to trust.
  plugins:
    mode === 'single'
      ? [svelte(), datasetPlugin(process.env.RELATIONS_DATA_ROOT ?? root), inlineFavicon(), viteSingleFile()]
      : [svelte(), datasetPlugin(process.env.RELATIONS_DATA_ROOT ?? root, { publish: true }), contentSecurityPolicy(), preloadFirstViewFonts(), serviceWorkerPlugin()],
  publicDir: mode === 'single' ? false : 'public',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    outDir: mode === 'single' ? 'dist-single' : 'dist',
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
}));
