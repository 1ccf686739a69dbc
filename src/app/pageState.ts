/**
 * The one signal that ties the app, its tests and its benchmarks together:
 * `<html data-state="ready">` once every part of the first view has drawn,
 * `data-state="error"` with a visible message on a fatal error.
 */
export type PageState = 'loading' | 'ready' | 'error';

const pending = new Set<string>();
let settled = false;

function setState(state: PageState): void {
  document.documentElement.dataset.state = state;
}

/** Registers parts that must draw before the page is ready (call before any of them can finish). */
export function expectParts(...parts: string[]): void {
  for (const part of parts) pending.add(part);
}

/** Marks a part as drawn; the page becomes ready when none is left. */
export function partReady(part: string): void {
  pending.delete(part);
  if (pending.size === 0 && !settled) {
    settled = true;
    setState('ready');
    performance.mark('app-ready');
  }
}

/**
 * Shows a fatal error in place of the app, as text (never HTML), and flags the page.
 * Works even when the Svelte tree failed to mount.
 */
export function showFatalError(message: string, target: HTMLElement | null = document.getElementById('app')): void {
  settled = true;
  setState('error');
  const box = document.createElement('div');
  box.className = 'fatal-error';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'Не удалось открыть карту / The map could not be opened';
  const detail = document.createElement('p');
  detail.textContent = message;
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = 'Обновить / Reload';
  retry.addEventListener('click', () => location.reload());
  box.append(heading, detail, retry);
  (target ?? document.body).replaceChildren(box);
}
