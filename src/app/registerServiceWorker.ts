/**
 * Registers the offline service worker, where the build ships one (it names it in
 * `<meta name="service-worker">`; the dev server and the single-file build have none). It waits
 * for the first view to draw, so storing the release never competes with it. Inside another
 * site's frame (the embed in an article) it does not register: the worker would store a whole
 * release in that site's storage for readers who came to read. Any failure is logged, never
 * shown: the app works without the worker.
 */
export function registerServiceWorker(root: HTMLElement = document.documentElement): void {
  const url = document.querySelector<HTMLMetaElement>('meta[name="service-worker"]')?.content;
  if (!url || !('serviceWorker' in navigator) || !window.isSecureContext || window.top !== window.self) return;
  const hadController = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) console.info('A new version of the map is stored; it opens on the next page load.');
  });
  whenReady(root)
    .then(() => navigator.serviceWorker.register(url))
    .catch((error: unknown) => console.warn('The map could not be stored for offline use:', error));
}

/** Resolves once the page says it is ready; stays pending if it fails. */
function whenReady(root: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (root.dataset.state === 'ready') return resolve();
    const observer = new MutationObserver(() => {
      const state = root.dataset.state;
      if (state === 'ready' || state === 'error') observer.disconnect();
      if (state === 'ready') resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  });
}
