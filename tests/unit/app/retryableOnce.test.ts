import { describe, expect, it, vi } from 'vitest';
import { retryableOnce } from '../../../src/app/retryableOnce.ts';

describe('retryableOnce', () => {
  it('shares one request among callers and keeps its answer', async () => {
    const load = vi.fn(() => Promise.resolve(42));
    const fetchOnce = retryableOnce(load);
    expect(await Promise.all([fetchOnce(), fetchOnce()])).toEqual([42, 42]);
    expect(await fetchOnce()).toBe(42);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks again on the next call after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(7);
    const fetchOnce = retryableOnce(load);
    await expect(fetchOnce()).rejects.toThrow('offline');
    expect(await fetchOnce()).toBe(7);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
