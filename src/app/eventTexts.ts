/**
 * The events' texts (summaries, notes, sources, quotes) travel apart from the first view's data:
 * they are most of the record's bytes and nothing the first view draws needs them.
 */
export { default as loadEventTexts } from 'virtual:dataset-details';

/** Where the events' texts are: the first view comes without them. */
export type TextsStatus = 'waiting' | 'loading' | 'loaded' | 'failed';

/** How long an idle browser may keep the texts waiting once the page is ready. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Calls `fetchTexts` once the page says it is ready (`<html data-state="ready">`) and the browser is
 * idle, so a reader who opens an event a moment later rarely waits. Returns a cancel for unmounting.
 */
export function afterFirstView(fetchTexts: () => void, root: HTMLElement = document.documentElement): () => void {
  // Safari has no requestIdleCallback.
  const whenIdle = typeof window.requestIdleCallback === 'function';
  let idle: number | undefined;
  const schedule = () => {
    idle = whenIdle ? requestIdleCallback(fetchTexts, { timeout: IDLE_TIMEOUT_MS }) : window.setTimeout(fetchTexts, 0);
  };
  const observer = new MutationObserver(() => {
    if (root.dataset.state !== 'ready') return;
    observer.disconnect();
    schedule();
  });
  if (root.dataset.state === 'ready') schedule();
  else observer.observe(root, { attributes: true, attributeFilter: ['data-state'] });
  return () => {
    observer.disconnect();
    if (idle === undefined) return;
    if (whenIdle) cancelIdleCallback(idle);
    else clearTimeout(idle);
  };
}
