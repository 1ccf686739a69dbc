import { describe, expect, it } from 'vitest';
import { DETAIL_FIELDS } from '../../../src/lib/data/dataset.ts';
import { hasDetails, mergeDetails, splitDetails } from '../../../src/lib/data/eventDetails.ts';
import { fixtureDataset, makeEvent } from '../geo/mapFixtures.ts';

const dataset = fixtureDataset();

describe('splitDetails and mergeDetails', () => {
  it('splitDetails leaves no summary, note, sources or quotes in the first view’s events', () => {
    const { core } = splitDetails(dataset);
    for (const event of core.events) for (const field of DETAIL_FIELDS) expect(event).not.toHaveProperty(field);
    expect(core.events.map((event) => event.id)).toEqual(dataset.events.map((event) => event.id));
    expect(core.countries).toBe(dataset.countries);
    expect(core.stories).toBe(dataset.stories);
  });

  it('splitDetails keeps each event’s texts under its id, with absent fields left out rather than undefined', () => {
    const event = makeEvent({ id: 'plain', note: undefined });
    const quoted = makeEvent({
      id: 'quoted',
      note: { ru: 'Примечание.', en: 'A note.' },
      quotes: [{ text: 'Слова', lang: 'ru', speaker: { ru: 'Путин', en: 'Putin' }, translation: { en: 'Words' }, source: 0 }],
    });
    const { details } = splitDetails({ ...dataset, events: [event, quoted] });
    expect(Object.keys(details.plain).sort()).toEqual(['sources', 'summary']);
    expect(details.quoted.note).toEqual({ ru: 'Примечание.', en: 'A note.' });
    expect(details.quoted.quotes).toHaveLength(1);
  });

  it('mergeDetails gives back the record the build validated, through JSON as the app receives it', () => {
    const { core, details } = splitDetails(dataset);
    const shipped = JSON.parse(JSON.stringify(core));
    const merged = mergeDetails(shipped, JSON.parse(JSON.stringify(details)));
    expect(merged).toEqual(JSON.parse(JSON.stringify(dataset)));
  });

  it('mergeDetails keeps the cores’ places, so what is keyed by place stays valid', () => {
    const { core, details } = splitDetails(dataset);
    const merged = mergeDetails(core, details);
    merged.events.forEach((event, index) => expect(event.place).toBe(core.events[index].place));
  });

  it('mergeDetails names the event whose texts are missing', () => {
    const { core, details } = splitDetails(dataset);
    const missing = core.events[0].id;
    const partial = { ...details };
    delete partial[missing];
    expect(() => mergeDetails(core, partial)).toThrow(`the texts of event "${missing}" are missing`);
  });

  it('mergeDetails does not take a texts entry from the object prototype', () => {
    const { core } = splitDetails({ ...dataset, events: [makeEvent({ id: 'constructor' })] });
    expect(() => mergeDetails(core, {})).toThrow('the texts of event "constructor" are missing');
  });

  it('hasDetails tells a core from an event with its texts', () => {
    const { core } = splitDetails(dataset);
    expect(hasDetails(core.events[0])).toBe(false);
    expect(hasDetails(dataset.events[0])).toBe(true);
  });
});
