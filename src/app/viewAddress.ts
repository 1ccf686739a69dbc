/**
 * Addresses of the current view built from the state (not read back from the address bar, which
 * the URL sync writes a moment later): the full map for the embed's link, the slide for the QR code.
 */
import { defaultViewMode, serializeUrlState, type ViewMode } from '../lib/url/viewState.ts';
import type { AppState } from './appState.svelte.ts';

/** This page's address without query or hash (works for http(s) and file:). */
export function pageBase(): string {
  return location.href.replace(/[?#].*$/, '');
}

/** The current view's address, in the given mode (default: the full page, no story). */
export function viewAddress(app: AppState, mode: Partial<ViewMode> = {}): string {
  const query = serializeUrlState({ ...app.viewState, mode: { ...defaultViewMode(), ...mode } });
  return query === '' ? pageBase() : `${pageBase()}?${query}`;
}
