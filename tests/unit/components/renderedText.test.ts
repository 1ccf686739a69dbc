/** Server-rendered markup of small components: what they promise about text from the data. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { AppState, appStateContext } from '../../../src/app/appState.svelte.ts';
import FilterOptions from '../../../src/components/filters/FilterOptions.svelte';
import TranslatedText from '../../../src/components/text/TranslatedText.svelte';
import { fixtureDataset } from '../geo/mapFixtures.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

function renderText(text: { ru: string; en: string; kk?: string }, lang: 'ru' | 'en' | 'kk') {
  const app = new AppState(fixtureDataset());
  app.setLanguage(lang);
  return render(TranslatedText, { props: { text }, context: appStateContext(app) }).body;
}

describe('TranslatedText', () => {
  it('shows the text in the UI language', () => {
    expect(renderText({ ru: 'Саммит', en: 'Summit', kk: 'Саммит kk' }, 'en')).toContain('Summit');
  });

  it('shows a missing Kazakh text in Russian, marked as Russian and as a fallback', () => {
    const html = renderText({ ru: 'Саммит', en: 'Summit' }, 'kk');
    expect(html).toContain('<span lang="ru">Саммит</span>');
    expect(html).toContain('class="fallback-mark');
  });

  it('renders markup from the data as text', () => {
    const html = renderText({ ru: HOSTILE, en: HOSTILE }, 'ru');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });
});

describe('FilterOptions', () => {
  const options = [
    { value: 'KAZ', label: 'Kazakhstan', count: 12 },
    { value: 'TKM', label: HOSTILE, count: 0 },
  ];

  it("checks the chosen options and shows each option's count", () => {
    const html = render(FilterOptions, { props: { legend: 'Countries', options, selected: ['KAZ'], onToggle: () => undefined } }).body;
    expect(html.match(/<input type="checkbox"[^>]*>/g)?.map((input) => input.includes('checked'))).toEqual([true, false]);
    expect(html).toMatch(/<span class="count[^"]*">12<\/span>/);
  });

  it('greys out an option that would give no events unless it is chosen, and escapes its label', () => {
    const html = render(FilterOptions, { props: { legend: 'Countries', options, selected: [], onToggle: () => undefined } }).body;
    expect(html.match(/class="[^"]*empty/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
  });
});
