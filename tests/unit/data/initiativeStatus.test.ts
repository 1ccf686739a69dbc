import { describe, expect, it } from 'vitest';
import { initiativeStatusesAt, statusAt, statusStepAt } from '../../../src/lib/data/initiativeStatus.ts';

const eastern = {
  id: 'instc-eastern-branch',
  status: [
    { from: '2007-10-16', status: 'agreed' as const, event: '2007-10-16-signing' },
    { from: '2009', status: 'under-construction' as const },
    { from: '2014-12-03', status: 'operating' as const },
  ],
};

describe('statusAt', () => {
  it('has no status before the first step', () => {
    expect(statusAt(eastern, '2007-10-15')).toBeNull();
  });

  it('takes the latest step begun by the day, a dated step from its own day', () => {
    expect(statusAt(eastern, '2007-10-16')).toBe('agreed');
    expect(statusAt(eastern, '2014-12-02')).toBe('under-construction');
    expect(statusAt(eastern, '2014-12-03')).toBe('operating');
    expect(statusAt(eastern, '2030-01-01')).toBe('operating');
  });

  it('starts a step dated by year or month on the first day of that year or month', () => {
    expect(statusAt(eastern, '2008-12-31')).toBe('agreed');
    expect(statusAt(eastern, '2009-01-01')).toBe('under-construction');
    expect(statusAt({ status: [{ from: '2025-10', status: 'under-construction' }] }, '2025-09-30')).toBeNull();
    expect(statusAt({ status: [{ from: '2025-10', status: 'under-construction' }] }, '2025-10-01')).toBe('under-construction');
  });

  it('gives the step itself, with the event that moved it', () => {
    expect(statusStepAt(eastern.status, '2008-01-01')?.event).toBe('2007-10-16-signing');
  });

  it('gives every initiative its status on a day', () => {
    const caspian = { id: 'caspian', status: [{ from: '2025-09-08', status: 'proposed' as const }] };
    expect(initiativeStatusesAt([eastern, caspian], '2020-01-01')).toEqual(
      new Map([
        ['instc-eastern-branch', 'operating'],
        ['caspian', null],
      ]),
    );
  });
});
