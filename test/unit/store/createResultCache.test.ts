import { createResultCache } from '../../../server/store/core/createResultCache.js';

const cacheOf = (maxEntries: number, maxWeight: number) =>
  createResultCache<number[]>({ maxEntries, maxWeight, weigh: (value) => value.length });

describe('createResultCache', () => {
  it('computes once per key and answers again from memory', async () => {
    const cache = cacheOf(10, 100);
    let calls = 0;
    const compute = async () => [++calls];
    expect(await cache.get('a', compute)).toEqual([1]);
    expect(await cache.get('a', compute)).toEqual([1]);
    expect(await cache.get('b', compute)).toEqual([2]);
    expect(calls).toBe(2);
  });

  it('shares one computation between identical reads in flight', async () => {
    const cache = cacheOf(10, 100);
    let calls = 0;
    const compute = () =>
      new Promise<number[]>((resolve) => setTimeout(() => resolve([++calls]), 5));
    const answers = await Promise.all([cache.get('a', compute), cache.get('a', compute)]);
    expect(answers).toEqual([[1], [1]]);
    expect(calls).toBe(1);
  });

  it('drops the least recently used entries beyond its entry and weight bounds', async () => {
    const cache = cacheOf(2, 5);
    let calls = 0;
    const of = (size: number) => async () => {
      calls += 1;
      return Array.from({ length: size }, () => calls);
    };
    await cache.get('a', of(1));
    await cache.get('b', of(1));
    await cache.get('a', of(1)); // a is now the most recent
    await cache.get('c', of(1)); // two entries at most: b goes
    expect(calls).toBe(3);
    await cache.get('a', of(1));
    expect(calls).toBe(3);
    await cache.get('b', of(1));
    expect(calls).toBe(4);
    await cache.get('d', of(4)); // weight 1 + 4 = 5 at most: only b (1) and d (4) stay
    await cache.get('b', of(1));
    await cache.get('d', of(4));
    expect(calls).toBe(5);
    await cache.get('huge', of(6)); // heavier than the bound: computed, never kept
    await cache.get('huge', of(6));
    expect(calls).toBe(7);
  });

  it('forgets everything on invalidate, and never keeps a read that began before it', async () => {
    const cache = cacheOf(10, 100);
    let value = 1;
    let release: () => void = () => undefined;
    const slow = () => {
      const read = value;
      return new Promise<number[]>((resolve) => (release = () => resolve([read])));
    };
    const early = cache.get('a', slow);
    cache.invalidate();
    value = 2;
    release();
    expect(await early).toEqual([1]);
    expect(await cache.get('a', async () => [value])).toEqual([2]);
    cache.invalidate();
    value = 3;
    expect(await cache.get('a', async () => [value])).toEqual([3]);
  });

  it('does not keep failures', async () => {
    const cache = cacheOf(10, 100);
    await expect(cache.get('a', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await cache.get('a', async () => [1])).toEqual([1]);
  });
});
