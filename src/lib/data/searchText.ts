/**
 * Search normalisation: case-, diacritics- and ё/е-insensitive, so "Душанбе", "dushanbe" and
 * "DUSHANBE" find the same events. Kazakh letters (Қ, Ғ, Ә…) are letters of their own, not
 * accented forms, so they survive normalisation and only match themselves (in either case).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLocaleLowerCase('ru')
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Splits a query into normalised words; an event matches when every word is found. */
export function searchTerms(query: string): string[] {
  return normalizeForSearch(query).split(' ').filter((term) => term.length > 0);
}
