/**
 * A bounded, least-recently-used cache of read results, for a store whose only writer is this
 * process: `invalidate()` (called after each write) empties it, and a read that started before
 * the write is never stored. Identical reads in flight at the same time share one computation.
 * Bounded by entries and by total weight (for subgraphs: nodes plus edges), so memory stays flat.
 */
export interface ResultCache<T> {
  get(key: string, compute: () => Promise<T>): Promise<T>;
  invalidate(): void;
}

export interface ResultCacheOptions<T> {
  maxEntries: number;
  /** Total weight kept; an entry heavier than this is not kept at all. */
  maxWeight: number;
  weigh(value: T): number;
}

export function createResultCache<T>(options: ResultCacheOptions<T>): ResultCache<T> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  const kept = new Map<string, { value: T; weight: number }>();
  const inFlight = new Map<string, Promise<T>>();
  let weight = 0;
  let generation = 0;
  const evict = (): void => {
    for (const [key, entry] of kept) {
      if (kept.size <= options.maxEntries && weight <= options.maxWeight) return;
      kept.delete(key);
      weight -= entry.weight;
    }
  };
  const keep = (key: string, value: T): void => {
    const entryWeight = options.weigh(value);
    if (entryWeight > options.maxWeight) return;
    kept.set(key, { value, weight: entryWeight });
    weight += entryWeight;
    evict();
  };
  return {
    get(key, compute) {
      const entry = kept.get(key);
      if (entry) {
        kept.delete(key);
        kept.set(key, entry);
        return Promise.resolve(entry.value);
      }
      const pending = inFlight.get(key);
      if (pending) return pending;
      const started = generation;
      const result = compute();
      inFlight.set(key, result);
      const settle = (): void => {
        if (inFlight.get(key) === result) inFlight.delete(key);
      };
      result.then((value) => {
        settle();
        if (started === generation && !kept.has(key)) keep(key, value);
      }, settle);
      return result;
    },
    invalidate() {
      generation += 1;
      kept.clear();
      inFlight.clear();
      weight = 0;
    },
  };
}
