import { describe, expect, it } from 'vitest';
import { defaultFilters } from '../../../src/lib/data/filterEvents.ts';
import { validDay } from '../../../src/lib/time/calendarDay.ts';
import { defaultUrlState, defaultViewMode, isDiscreteChange, parseUrlState, serializeUrlState, type UrlState } from '../../../src/lib/url/viewState.ts';

const known = {
  countries: new Set(['RUS', 'KAZ', 'UZB']),
  initiatives: new Set(['instc', 'uzbek-npp']),
  events: new Set(['2025-10-09-dushanbe-ca-russia-summit']),
};

const rich: UrlState = {
  filters: { types: ['summit', 'visit'], countries: ['RUS', 'UZB'], countryMode: 'all', initiatives: ['instc'], topics: ['energy'], text: 'газ, нефть & Душанбе', from: '2022-01-01', to: '2025-10-31' },
  event: '2025-10-09-dushanbe-ca-russia-summit',
  view: 'table',
  lang: 'en',
  lanes: 'pair',
  compare: ['KAZ', 'UZB'],
  sort: { key: 'title', direction: 'descending' },
  caption: { title: 'Россия и Узбекистан', description: '', notes: 'Данные: проект', source: '' },
  mode: { embed: true, story: null, present: true, step: 2 },
};

describe('serializeUrlState and parseUrlState', () => {
  it('round-trip every part of the view', () => {
    const query = serializeUrlState(rich);
    expect(parseUrlState(query, known)).toEqual({ state: rich, dropped: [] });
  });

  it('use the fixed parameter names and leave defaults out', () => {
    expect(serializeUrlState(rich)).toBe(
      'type=summit,visit&country=RUS,UZB&mode=all&initiative=instc&topic=energy&q=%D0%B3%D0%B0%D0%B7,%20%D0%BD%D0%B5%D1%84%D1%82%D1%8C%20%26%20%D0%94%D1%83%D1%88%D0%B0%D0%BD%D0%B1%D0%B5&from=2022-01-01&to=2025-10-31&event=2025-10-09-dushanbe-ca-russia-summit&view=table&lang=en&lanes=pair&compare=KAZ,UZB&sort=-title&title=%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F%20%D0%B8%20%D0%A3%D0%B7%D0%B1%D0%B5%D0%BA%D0%B8%D1%81%D1%82%D0%B0%D0%BD&notes=%D0%94%D0%B0%D0%BD%D0%BD%D1%8B%D0%B5%3A%20%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82&step=3&embed&present',
    );
    expect(serializeUrlState(defaultUrlState())).toBe('');
  });

  it('read the embed and presentation parameters as the view mode, flags bare or with a value', () => {
    const { state, dropped } = parseUrlState('?embed=1&type=summit&story=astana-to-dushanbe&step=3', known);
    expect(dropped).toEqual([]);
    expect(state.filters.types).toEqual(['summit']);
    expect(state.mode).toEqual({ embed: true, story: 'astana-to-dushanbe', present: false, step: 2 });
    expect(serializeUrlState(state)).toBe('type=summit&story=astana-to-dushanbe&step=3&embed');
    expect(parseUrlState('?present', known).state.mode).toEqual({ ...defaultViewMode(), present: true });
  });

  it("write a story step counted from 1 and a presentation's first step without a number", () => {
    const base = defaultUrlState();
    expect(serializeUrlState({ ...base, mode: { ...base.mode, story: 'a-story', step: 0 } })).toBe('story=a-story&step=1');
    expect(serializeUrlState({ ...base, mode: { ...base.mode, present: true, step: 0 } })).toBe('present');
  });

  it('accept lower-case country codes and "+" for spaces', () => {
    const { state } = parseUrlState('country=kaz,rus&q=nur+sultan', known);
    expect(state.filters.countries).toEqual(['KAZ', 'RUS']);
    expect(state.filters.text).toBe('nur sultan');
  });
});

describe('parseUrlState with junk', () => {
  const parse = (search: string) => parseUrlState(search, known);

  it('drops impossible dates and names them', () => {
    const { state, dropped } = parse('from=2025-02-30&to=2025-13-01');
    expect(state.filters).toEqual(defaultFilters());
    expect(dropped).toEqual([
      { name: 'from', value: '2025-02-30' },
      { name: 'to', value: '2025-13-01' },
    ]);
  });

  it('drops a reversed range as a whole', () => {
    const { state, dropped } = parse('from=2024-01-01&to=2023-01-01');
    expect([state.filters.from, state.filters.to]).toEqual([null, null]);
    expect(dropped.map((item) => item.name)).toEqual(['from', 'to']);
  });

  it('keeps the known items of a list and drops the unknown ones', () => {
    const { state, dropped } = parse('type=summit,party,visit&country=KAZ,XXX&topic=water,weather&initiative=instc,nope');
    expect(state.filters.types).toEqual(['summit', 'visit']);
    expect(state.filters.countries).toEqual(['KAZ']);
    expect(state.filters.topics).toEqual(['water']);
    expect(state.filters.initiatives).toEqual(['instc']);
    expect(dropped).toEqual([
      { name: 'type', value: 'party' },
      { name: 'country', value: 'XXX' },
      { name: 'topic', value: 'weather' },
      { name: 'initiative', value: 'nope' },
    ]);
  });

  it('keeps up to three known pairs to compare and drops the rest with a notice', () => {
    const { state, dropped } = parse('view=relations&compare=kaz,UZB,RUS,TJK,KGZ');
    expect(state.view).toBe('relations');
    expect(state.compare).toEqual(['KAZ', 'UZB', 'TJK']);
    expect(dropped).toEqual([
      { name: 'compare', value: 'RUS' },
      { name: 'compare', value: 'KGZ' },
    ]);
    expect(serializeUrlState(state)).toBe('view=relations&compare=KAZ,UZB,TJK');
  });

  it('drops unknown event ids, views, languages, lane modes and country modes', () => {
    const { state, dropped } = parse('event=nope&view=globe&lang=de&lanes=year&mode=some');
    expect(state).toEqual(defaultUrlState());
    expect(dropped.map((item) => item.name)).toEqual(['event', 'view', 'lang', 'lanes', 'mode']);
  });

  it('reports unknown and prototype-polluting keys without touching any object', () => {
    const { state, dropped } = parse('__proto__=x&constructor=y&__proto__[polluted]=1&toString=z');
    expect(state).toEqual(defaultUrlState());
    expect(dropped.map((item) => item.name)).toEqual(['__proto__', 'constructor', '__proto__[polluted]', 'toString']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops a parameter whose percent-encoding is broken and keeps the rest', () => {
    const { state, dropped } = parse('q=%E0%A4%A&type=summit');
    expect(state.filters.text).toBe('');
    expect(state.filters.types).toEqual(['summit']);
    expect(dropped).toEqual([{ name: 'q', value: '%E0%A4%A' }]);
  });

  it('drops very long values and shortens what it shows of them', () => {
    const { state, dropped } = parse(`q=${'a'.repeat(5000)}`);
    expect(state.filters.text).toBe('');
    expect(dropped[0].name).toBe('q');
    expect(dropped[0].value.length).toBeLessThanOrEqual(41);
  });

  it('reads the table order as a column, "-" for descending, and drops unknown columns', () => {
    expect(parse('sort=place').state.sort).toEqual({ key: 'place', direction: 'ascending' });
    expect(parse('sort=-date').state.sort).toEqual({ key: 'date', direction: 'descending' });
    const { state, dropped } = parse('sort=-colour');
    expect(state.sort).toEqual({ key: 'date', direction: 'ascending' });
    expect(dropped).toEqual([{ name: 'sort', value: '-colour' }]);
  });

  it('drops a malformed story id and a step that is not a positive number', () => {
    const { state, dropped } = parse('story=<script>&step=-4');
    expect(state.mode).toEqual(defaultViewMode());
    expect(dropped.map((item) => item.name)).toEqual(['story', 'step']);
    expect(parse('step=abc').state.mode.step).toBe(0);
  });

  it('never throws on any string', () => {
    for (const search of ['?', '&&&', '=', '=x', '%', '%%%=%%', '?type', 'type=', 'q=%', '\u0000=\u0000', '?lang=en&lang=kk']) {
      expect(() => parse(search)).not.toThrow();
    }
    expect(parse('?lang=en&lang=kk').state.lang).toBe('kk');
  });
});

describe('validDay', () => {
  it('accepts real calendar days only', () => {
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2025-02-29')).toBeNull();
    expect(validDay('2025-2-1')).toBeNull();
    expect(validDay('99999-01-01')).toBeNull();
  });
});

describe('isDiscreteChange', () => {
  it('treats typing, brushing and playing as one gesture and anything else as a step', () => {
    const base = defaultUrlState();
    expect(isDiscreteChange(base, { ...base, filters: { ...base.filters, text: 'газ', from: '2020-01-01' } })).toBe(false);
    expect(isDiscreteChange(base, { ...base, filters: { ...base.filters, types: ['summit'] } })).toBe(true);
    expect(isDiscreteChange(base, { ...base, event: 'x' })).toBe(true);
    expect(isDiscreteChange(base, { ...base, view: 'table' })).toBe(true);
    expect(isDiscreteChange(base, { ...base, mode: { ...base.mode, story: 'a-story', step: 1 } })).toBe(true);
  });
});
