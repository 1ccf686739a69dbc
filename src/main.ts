import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
import '@fontsource/noto-sans/cyrillic-ext-700.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
import './styles/global.css';
import { mount } from 'svelte';
import { startMapDownloads } from './app/mapDownloads.ts';
import { showFatalError } from './app/pageState.ts';
import { registerServiceWorker } from './app/registerServiceWorker.ts';

async function start(): Promise<void> {
  startMapDownloads();
  const target = document.getElementById('app');
  if (!target) throw new Error('the page has no #app element');
  // The data and the app code load in parallel; either failing is fatal and shown, never blank.
  const [{ default: dataset }, { default: App }] = await Promise.all([import('virtual:dataset'), import('./components/App.svelte')]);
  target.replaceChildren();
  mount(App, { target, props: { dataset } });
}

registerServiceWorker();
start().catch((error: unknown) => {
  console.error(error);
  showFatalError(error instanceof Error ? error.message : String(error));
});
