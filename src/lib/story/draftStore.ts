/**
 * Lesson drafts kept in the browser (localStorage), one entry per draft under one key prefix, so a
 * teacher's work survives a reload. Every failure — storage disabled (private mode, a blocked
 * iframe), quota exceeded — comes back as a typed error for the panel to show: nothing is lost silently.
 */
import type { Lesson } from './validateLesson.ts';

/** The part of the Web Storage API the store uses (a test passes a fake). */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const DRAFT_KEY_PREFIX = 'ca-russia-map.lesson-draft.';

export interface Draft {
  /** The draft's key within the store (stable while the teacher edits it). */
  id: string;
  /** When it was last saved, ms since the epoch. */
  savedAt: number;
  /** The lesson as typed so far: not necessarily complete or valid. */
  lesson: Lesson;
}

export type DraftError = { kind: 'unavailable' } | { kind: 'quota' } | { kind: 'failed'; detail: string };
export type DraftResult<T> = { ok: true; value: T } | { ok: false; error: DraftError };

function classify(error: unknown): DraftError {
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
  // Browsers name the quota error differently (Firefox: NS_ERROR_DOM_QUOTA_REACHED); code 22 is the old spelling.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || (error as { code?: unknown })?.code === 22) return { kind: 'quota' };
  if (name === 'SecurityError') return { kind: 'unavailable' };
  return { kind: 'failed', detail: error instanceof Error ? error.message : String(error) };
}

function isDraft(value: unknown): value is Omit<Draft, 'id'> {
  if (typeof value !== 'object' || value === null) return false;
  const { savedAt, lesson } = value as Record<string, unknown>;
  return typeof savedAt === 'number' && typeof lesson === 'object' && lesson !== null && Array.isArray((lesson as Record<string, unknown>).steps);
}

export class DraftStore {
  readonly #storage: () => StorageLike | null;

  /** `storage` is a getter because merely reading `localStorage` throws where storage is blocked. */
  constructor(storage: () => StorageLike | null) {
    this.#storage = storage;
  }

  #open(): DraftResult<StorageLike> {
    try {
      const storage = this.#storage();
      return storage ? { ok: true, value: storage } : { ok: false, error: { kind: 'unavailable' } };
    } catch (error) {
      return { ok: false, error: classify(error) };
    }
  }

  save(id: string, lesson: Lesson, now: number = Date.now()): DraftResult<Draft> {
    const opened = this.#open();
    if (!opened.ok) return opened;
    try {
      opened.value.setItem(DRAFT_KEY_PREFIX + id, JSON.stringify({ savedAt: now, lesson }));
      return { ok: true, value: { id, savedAt: now, lesson } };
    } catch (error) {
      return { ok: false, error: classify(error) };
    }
  }

  /** Every readable draft, the most recently saved first; entries that no longer parse are skipped. */
  list(): DraftResult<Draft[]> {
    const opened = this.#open();
    if (!opened.ok) return opened;
    try {
      const storage = opened.value;
      const drafts: Draft[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (key === null || !key.startsWith(DRAFT_KEY_PREFIX)) continue;
        const text = storage.getItem(key);
        if (text === null) continue;
        try {
          const parsed: unknown = JSON.parse(text);
          if (isDraft(parsed)) drafts.push({ id: key.slice(DRAFT_KEY_PREFIX.length), savedAt: parsed.savedAt, lesson: parsed.lesson });
        } catch {
          // A draft another version of the app wrote differently is left alone, not shown.
        }
      }
      return { ok: true, value: drafts.sort((a, b) => b.savedAt - a.savedAt) };
    } catch (error) {
      return { ok: false, error: classify(error) };
    }
  }

  remove(id: string): DraftResult<null> {
    const opened = this.#open();
    if (!opened.ok) return opened;
    try {
      opened.value.removeItem(DRAFT_KEY_PREFIX + id);
      return { ok: true, value: null };
    } catch (error) {
      return { ok: false, error: classify(error) };
    }
  }
}

/** The store over the page's localStorage. */
export function browserDraftStore(): DraftStore {
  return new DraftStore(() => (typeof localStorage === 'undefined' ? null : localStorage));
}
