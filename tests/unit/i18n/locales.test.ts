import { describe, expect, it } from 'vitest';
import { en } from '../../../src/locales/en.ts';
import { kk } from '../../../src/locales/kk.ts';
import { ru } from '../../../src/locales/ru.ts';

/** Every leaf of a locale object as "path = value". */
function leaves(node: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) for (const [leaf, text] of leaves(value, path ? `${path}.${key}` : key)) found.set(leaf, text);
  } else {
    found.set(path, node);
  }
  return found;
}

describe('the UI locales', () => {
  const locales = { ru, en, kk };

  it('have exactly the same keys in Russian, English and Kazakh', () => {
    const reference = [...leaves(ru).keys()].sort();
    expect([...leaves(en).keys()].sort()).toEqual(reference);
    expect([...leaves(kk).keys()].sort()).toEqual(reference);
  });

  it('have no empty or whitespace-only string', () => {
    for (const [lang, messages] of Object.entries(locales)) {
      for (const [key, value] of leaves(messages)) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect(String(value).trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('keep the same {parameters} in every translation of a string', () => {
    const params = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const english = leaves(en);
    const kazakh = leaves(kk);
    for (const [key, value] of leaves(ru)) {
      expect(params(english.get(key)), `en: ${key}`).toEqual(params(value));
      expect(params(kazakh.get(key)), `kk: ${key}`).toEqual(params(value));
    }
  });

  it('write Kazakh in Cyrillic', () => {
    expect(kk.languageName).toMatch(/^[\u0400-\u04FF]+$/);
    expect(kk.appTitle).toMatch(/[\u0400-\u04FF]/);
  });
});
