import { describe, expect, it } from 'vitest';
import { statusLadder } from '../../../src/lib/data/statusLadder.ts';

const eastern = {
  status: [
    { from: '2007-10-16', status: 'agreed' as const, event: '2007-10-16-signing' },
    { from: '2009', status: 'under-construction' as const },
    { from: '2014-12-03', status: 'operating' as const, event: '2014-12-03-opening' },
  ],
};
const states = (day: string, initiative = eastern) => Object.fromEntries(statusLadder(initiative, day).map((rung) => [rung.status, rung.state]));

describe('statusLadder', () => {
  it('lists the rungs proposed → agreed → under construction → operating, each with the steps that reached it', () => {
    const ladder = statusLadder(eastern, '2030-01-01');
    expect(ladder.map((rung) => rung.status)).toEqual(['proposed', 'agreed', 'under-construction', 'operating']);
    expect(ladder[1].steps).toEqual([eastern.status[0]]);
    expect(ladder[3].steps[0].event).toBe('2014-12-03-opening');
  });

  it('marks the rung in force on the day as current, those left behind as passed and those reached after it as later', () => {
    expect(states('2010-06-30')).toEqual({ proposed: 'skipped', agreed: 'passed', 'under-construction': 'current', operating: 'later' });
    expect(states('2030-01-01')).toEqual({ proposed: 'skipped', agreed: 'passed', 'under-construction': 'passed', operating: 'current' });
  });

  it('has no current rung before the first step, and a step dated by year starts on its first day', () => {
    expect(states('2007-10-15')).toEqual({ proposed: 'ahead', agreed: 'later', 'under-construction': 'later', operating: 'later' });
    expect(states('2008-12-31')['under-construction']).toBe('later');
    expect(states('2009-01-01')['under-construction']).toBe('current');
  });

  it('keeps restated steps of one status on its rung, oldest first', () => {
    const plant = { status: [{ from: '2025-06-14', status: 'proposed' as const }, { from: '2024-10-06', status: 'proposed' as const }] };
    const [proposed, agreed] = statusLadder(plant, '2026-01-01');
    expect(proposed.steps.map((step) => step.from)).toEqual(['2024-10-06', '2025-06-14']);
    expect([proposed.state, agreed.state]).toEqual(['current', 'ahead']);
  });

  it('ends the ladder in "in force" for an agreement', () => {
    expect(statusLadder({ status: [{ from: '2019', status: 'in-force' as const }] }, '2020-01-01').map((rung) => rung.status)).toEqual(['proposed', 'agreed', 'under-construction', 'in-force']);
  });
});
