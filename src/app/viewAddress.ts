/**
 * Addresses of the current view built from the state (not read back from the address bar, which
 * the URL sync writes a moment later): the full map for the embed's link, the slide for the QR code.
 */
import { serializeUrlState } from '../lib/data/urlState.ts';
import type { AppState } from './appState.svelte.ts';

/** This page's address without query or hash (works for http(s) and file:). */
export function pageBase(): string {
  return location.href.replace(/[?#].*$/, '');
}

/** The current view's address; `modePairs` are raw "name=value" pairs of the embed and presentation modes. */
export function viewAddress(app: AppState, modePairs: readonly string[] = []): string {
  const query = serializeUrlState(
    { filters: app.filters, event: app.selectedEventId, view: app.view, lang: app.lang, lanes: app.lanes },
    modePairs,
  );
  return query === '' ? pageBase() : `${pageBase()}?${query}`;
}
