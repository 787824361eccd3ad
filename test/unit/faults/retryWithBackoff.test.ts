import { retryWithBackoff, toBackoffDelay } from '../../../server/cli/retryWithBackoff.js';

const unreachable = Object.assign(new Error('unreachable'), { code: 'STORE_UNAVAILABLE' });
const options = {
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  factor: 2,
  isRetryable: (error: unknown) => (error as { code?: string }).code === 'STORE_UNAVAILABLE',
};

/** Work that fails `failures` times with `error`, then answers. */
function failing(failures: number, error: Error) {
  let calls = 0;
  return {
    calls: () => calls,
    work: async () => {
      calls += 1;
      if (calls <= failures) throw error;
      return 'answer';
    },
  };
}

describe('retryWithBackoff', () => {
  it('waits 1, 2, 4, … seconds between attempts, never more than the ceiling', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => toBackoffDelay(attempt, options))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('retries retryable failures with growing waits until the work succeeds', async () => {
    const waits: number[] = [];
    const told: number[] = [];
    const run = failing(4, unreachable);
    const result = await retryWithBackoff(run.work, {
      ...options,
      sleep: async (ms) => {
        waits.push(ms);
      },
      onRetry: (_error, attempt) => told.push(attempt),
    });
    expect(result).toBe('answer');
    expect(run.calls()).toBe(5);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
    expect(told).toEqual([1, 2, 3, 4]);
  });

  it('throws a failure that is not retryable at once', async () => {
    const bad = Object.assign(new Error('bad query'), { code: 'BAD_USER_INPUT' });
    const run = failing(1, bad);
    let waits = 0;
    const sleep = async () => {
      waits += 1;
    };
    await expect(retryWithBackoff(run.work, { ...options, sleep })).rejects.toBe(bad);
    expect(run.calls()).toBe(1);
    expect(waits).toBe(0);
  });

  it('stops retrying when aborted', async () => {
    const controller = new AbortController();
    const run = failing(Number.POSITIVE_INFINITY, unreachable);
    const attempt = retryWithBackoff(run.work, {
      ...options,
      firstDelayMs: 60_000,
      signal: controller.signal,
    });
    controller.abort(new Error('stopping'));
    await expect(attempt).rejects.toThrow('stopping');
    expect(run.calls()).toBeLessThanOrEqual(1);
  });
});
