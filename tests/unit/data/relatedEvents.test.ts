import { describe, expect, it } from 'vitest';
import { neighboursInTime, relatedEvents, russiaPartner } from '../../../src/lib/data/relatedEvents.ts';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';

const make = (id: string, date: string, participants: string[], initiatives: string[] = []) =>
  ({ id, date, participants, initiatives }) as unknown as RelationsEvent;

const events = [
  make('a', '2010-01-01', ['RUS', 'KAZ']),
  make('b', '2012-01-01', ['RUS', 'UZB'], ['npp']),
  make('c', '2015-01-01', ['KAZ', 'RUS']),
  make('d', '2018-01-01', ['RUS', 'KAZ', 'UZB'], ['npp']),
  make('e', '2020-01-01', ['RUS', 'KAZ']),
];

describe('russiaPartner', () => {
  it('names the partner of a bilateral event with Russia only', () => {
    expect(russiaPartner(['RUS', 'KAZ'])).toBe('KAZ');
    expect(russiaPartner(['UZB', 'RUS'])).toBe('UZB');
    expect(russiaPartner(['KAZ', 'UZB'])).toBeNull();
    expect(russiaPartner(['RUS', 'KAZ', 'UZB'])).toBeNull();
    expect(russiaPartner(['RUS', 'RUS'])).toBeNull();
  });
});

describe('relatedEvents', () => {
  it('finds events of the same pair or initiative, nearest in time, listed by date', () => {
    expect(relatedEvents(events[2], events).map((event) => event.id)).toEqual(['a', 'e']);
    expect(relatedEvents(events[1], events).map((event) => event.id)).toEqual(['d']);
    expect(relatedEvents(events[2], events, 1).map((event) => event.id)).toEqual(['a']);
  });
});

describe('neighboursInTime', () => {
  it('gives the previous and next events of the selection, null at the ends or outside it', () => {
    expect(neighboursInTime('c', events)).toEqual({ previous: events[1], next: events[3] });
    expect(neighboursInTime('a', events)).toEqual({ previous: null, next: events[1] });
    expect(neighboursInTime('z', events)).toEqual({ previous: null, next: null });
  });
});
