import { makeEvent } from '../../support/eventFactory.ts';
import { describe, expect, it } from 'vitest';
import { csvField, selectionToCsv, selectionToJson } from '../../../src/lib/data/exportSelection.ts';
import type { Country, RelationsEvent } from '../../../src/lib/data/schema.ts';

const countries = new Map<string, Country>([
  ['RUS', { iso3: 'RUS', isoNumeric: '643', role: 'focus', name: { ru: 'Россия', en: 'Russia' } }],
  ['KAZ', { iso3: 'KAZ', isoNumeric: '398', role: 'focus', name: { ru: 'Казахстан', en: 'Kazakhstan' } }],
]);
const event: RelationsEvent = makeEvent({
  id: '2022-10-14-visit',
  date: '2022-10-14',
  title: { ru: 'Визит, "первый"', en: '=HYPERLINK("http://evil")' },
  summary: { ru: 'Строка один\nстрока два', en: '+1 summary' },
  place: { name: { ru: 'Астана', en: 'Astana' }, lon: 71.4, lat: 51.2, country: 'KAZ' },
  sources: [{ publisher: 'Kremlin', title: 'Page', url: 'http://kremlin.ru/1', lang: 'ru' }],
});

describe('csvField', () => {
  it('quotes commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t']) expect(csvField(`${start}1`)).toBe(`'${start}1`);
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
  });
});

const labels = { type: (type: string) => `тип:${type}`, topic: (topic: string) => `тема:${topic}`, initiative: (id: string) => `инициатива:${id}` };

describe('selectionToCsv', () => {
  it('writes a header and one CRLF-terminated row per event, texts in the UI language, codes with their labels beside them', () => {
    const lines = selectionToCsv([{ ...event, initiatives: ['instc'] }], 'ru', countries, labels).split('\r\n');
    expect(lines[0]).toBe('id,date,end_date,date_precision,type,type_label,title,participants,place,summary,initiatives,initiatives_label,topics,topics_label,sources');
    expect(lines[1]).toBe('2022-10-14-visit,2022-10-14,,day,visit,тип:visit,"Визит, ""первый""",Россия; Казахстан,Астана,"Строка один\nстрока два",instc,инициатива:instc,politics,тема:politics,http://kremlin.ru/1');
    // The line break inside the quoted summary is not a record end: header, one record, the final CRLF.
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('never lets a title start a formula', () => {
    const csv = selectionToCsv([event], 'en', countries, labels);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`'+1 summary`);
  });
});

describe('selectionToJson', () => {
  it('gives the events as they are in the data', () => {
    expect(JSON.parse(selectionToJson([event]))).toEqual([event]);
  });
});
