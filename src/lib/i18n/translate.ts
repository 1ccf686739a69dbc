/**
 * UI strings by key path ("eventTypes.summit"), with {name} parameters and plural forms chosen by
 * Intl.PluralRules, so Russian gets "1 событие / 3 события / 5 событий".
 */
import { INTL_LOCALE, type Language } from '../data/vocabulary.ts';
import { ru, type Messages } from '../../locales/ru.ts';
import { en } from '../../locales/en.ts';
import { kk } from '../../locales/kk.ts';

export const MESSAGES: Record<Language, Messages> = { ru, en, kk };


type PluralForms = { one: string; few: string; many: string; other: string };

function lookup(messages: Messages, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), messages);
}

const pluralRules = new Map<Language, Intl.PluralRules>();
/** Building an Intl formatter costs far more than using one; views call translate thousands of times. */
const numberFormats = new Map<Language, Intl.NumberFormat>();

export function translate(lang: Language, key: string, params: Record<string, string | number> = {}): string {
  let message = lookup(MESSAGES[lang], key) ?? lookup(MESSAGES.ru, key);
  if (message && typeof message === 'object' && 'other' in message && typeof params.count === 'number') {
    let rules = pluralRules.get(lang);
    if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
    const forms = message as PluralForms;
    message = forms[rules.select(params.count) as keyof PluralForms] ?? forms.other;
  }
  if (typeof message !== 'string') return key;
  let number = numberFormats.get(lang);
  if (!number) numberFormats.set(lang, (number = new Intl.NumberFormat(INTL_LOCALE[lang])));
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? number.format(value) : value;
  });
}
