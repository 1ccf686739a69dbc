import type { Language, LocalizedText } from '../data/schema.ts';

export interface PickedText {
  text: string;
  /** True when the wanted language was missing and Russian is shown instead. */
  fallback: boolean;
}

/** Text in `lang`; Kazakh falls back to Russian (the language most readers share) and says so. */
export function pickText(text: LocalizedText, lang: Language): PickedText {
  const wanted = text[lang];
  if (wanted !== undefined) return { text: wanted, fallback: false };
  return { text: text.ru, fallback: true };
}

/** Shortcut when the fallback flag is not shown (labels, aria text). */
export function textIn(text: LocalizedText, lang: Language): string {
  return pickText(text, lang).text;
}
