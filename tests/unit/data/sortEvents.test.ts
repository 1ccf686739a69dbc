import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../../src/lib/data/sortEvents.ts';
import type { RelationsEvent } from '../../../src/lib/data/schema.ts';

const events = [
  { id: '1', date: '2001', title: 'Ёж' },
  { id: '2', date: '2002', title: 'астана' },
  { id: '3', date: '2003', title: 'Бишкек' },
  { id: '4', date: '2004', title: 'Астана' },
] as unknown as RelationsEvent[];
const textOf = (event: RelationsEvent) => (event as unknown as { title: string }).title;
const order = (list: RelationsEvent[]) => list.map((event) => event.id).join('');

describe('sortEvents', () => {
  it('keeps or reverses the date order for the date column', () => {
    expect(order(sortEvents(events, 'date', 'ascending', textOf, 'ru'))).toBe('1234');
    expect(order(sortEvents(events, 'date', 'descending', textOf, 'ru'))).toBe('4321');
  });

  it('sorts texts as the language does, ties kept in date order', () => {
    expect(order(sortEvents(events, 'title', 'ascending', textOf, 'ru'))).toBe('2431');
    expect(order(sortEvents(events, 'title', 'descending', textOf, 'ru'))).toBe('1324');
  });
});
