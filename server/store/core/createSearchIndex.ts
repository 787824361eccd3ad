/**
 * Entity search over an in-process name index (createNameIndex: exact names first, then
 * prefixes, word prefixes and near misses). The index is loaded on first use and again after
 * `invalidate()`, which the store calls after each of its own writes, so a search never misses
 * a write this process made. When other processes may write too (`maxAgeMs` finite: Neo4j), an
 * index older than that is reloaded in the background while searches go on with the old one.
 */
import type { EntityKind } from '../../domain/kinds.js';
import type { Entity } from '../../domain/types.js';
import { createNameIndex } from './createNameIndex.js';
import type { NameIndex } from './createNameIndex.js';

export interface SearchIndex {
  search(text: string, kinds: readonly EntityKind[] | undefined, first: number): Promise<Entity[]>;
  invalidate(): void;
}

export interface SearchIndexOptions {
  /** Age after which the index is reloaded in the background; Infinity when only this process writes. */
  maxAgeMs: number;
}

const defaults: SearchIndexOptions = {
  // Other writers' changes show within about this long (a full reload reads every entity).
  maxAgeMs: 5000,
};

export function createSearchIndex(
  loadAll: () => Promise<Entity[]>,
  overrides: Partial<SearchIndexOptions> = {},
): SearchIndex {
  const options = { ...defaults, ...overrides };
  // Bumped by invalidate(): a load started before a write never becomes the current index.
  let generation = 0;
  let current: { index: NameIndex; loadedAt: number } | undefined;
  let loading: Promise<NameIndex> | undefined;
  const load = (): Promise<NameIndex> => {
    if (loading) return loading;
    const started = generation;
    const loadedAt = Date.now();
    const next = loadAll().then((entities) => {
      const index = createNameIndex(entities);
      if (started === generation) current = { index, loadedAt };
      return index;
    });
    loading = next;
    const settle = (): void => {
      if (loading === next) loading = undefined;
    };
    next.then(settle, settle);
    return next;
  };
  const ready = (): Promise<NameIndex> => {
    if (!current) return load();
    if (Date.now() - current.loadedAt > options.maxAgeMs) load().catch(() => undefined);
    return Promise.resolve(current.index);
  };
  return {
    async search(text, kinds, first) {
      return (await ready()).search(text, kinds, first);
    },
    invalidate() {
      generation += 1;
      current = undefined;
      loading = undefined;
    },
  };
}
