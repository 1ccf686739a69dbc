import { describe, expect, it } from 'vitest';
import { DRAFT_KEY_PREFIX, DraftStore, type StorageLike } from '../../../src/lib/story/draftStore.ts';
import type { Lesson } from '../../../src/lib/story/validateLesson.ts';

class FakeStorage implements StorageLike {
  readonly items = new Map<string, string>();
  quota = Infinity;
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.items.entries()].filter(([other]) => other !== key).reduce((sum, [k, v]) => sum + k.length + v.length, 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const lesson = (title: string): Lesson => ({ id: 'draft', title: { ru: title, en: title }, steps: [{ event: 'e', caption: { ru: 'Шаг', en: 'Step' } }] });

describe('DraftStore', () => {
  it('lists saved drafts, the most recently saved first', () => {
    const store = new DraftStore(() => new FakeStorage());
    const storage = new FakeStorage();
    const shared = new DraftStore(() => storage);
    shared.save('a', lesson('Первый'), 1000);
    shared.save('b', lesson('Второй'), 2000);
    const listed = shared.list();
    expect(listed.ok && listed.value.map((draft) => [draft.id, draft.lesson.title.ru])).toEqual([
      ['b', 'Второй'],
      ['a', 'Первый'],
    ]);
    expect(store.list()).toEqual({ ok: true, value: [] });
  });

  it('keeps one entry per draft under its prefix, overwritten as the teacher types', () => {
    const storage = new FakeStorage();
    const store = new DraftStore(() => storage);
    store.save('a', lesson('v1'), 1);
    store.save('a', lesson('v2'), 2);
    expect([...storage.items.keys()]).toEqual([`${DRAFT_KEY_PREFIX}a`]);
    const listed = store.list();
    expect(listed.ok && listed.value[0].lesson.title.ru).toBe('v2');
  });

  it('removes a draft', () => {
    const storage = new FakeStorage();
    const store = new DraftStore(() => storage);
    store.save('a', lesson('x'));
    expect(store.remove('a')).toEqual({ ok: true, value: null });
    expect(store.list()).toEqual({ ok: true, value: [] });
  });

  it('ignores other keys and entries that do not parse', () => {
    const storage = new FakeStorage();
    storage.setItem('unrelated', '{}');
    storage.setItem(`${DRAFT_KEY_PREFIX}broken`, '{not json');
    storage.setItem(`${DRAFT_KEY_PREFIX}wrong`, '{"savedAt":"x"}');
    expect(new DraftStore(() => storage).list()).toEqual({ ok: true, value: [] });
  });

  it('reports a full storage as a quota error instead of losing the draft silently', () => {
    const storage = new FakeStorage();
    storage.quota = 50;
    const result = new DraftStore(() => storage).save('a', lesson('x'.repeat(100)));
    expect(result).toEqual({ ok: false, error: { kind: 'quota' } });
  });

  it('reports storage that cannot be reached (private mode, a blocked iframe) as unavailable', () => {
    const blocked = new DraftStore(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });
    expect(blocked.save('a', lesson('x'))).toEqual({ ok: false, error: { kind: 'unavailable' } });
    expect(blocked.list()).toEqual({ ok: false, error: { kind: 'unavailable' } });
    expect(new DraftStore(() => null).remove('a')).toEqual({ ok: false, error: { kind: 'unavailable' } });
  });
});
