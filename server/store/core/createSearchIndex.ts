/**
 * Entity search over names and aliases, folded with toNameKey (case and accents ignored): exact
 * names first, then prefixes, then word prefixes, then near misses (edit distance 1, or 2 for
 * longer queries). The index is an in-process copy of every entity's names, reloaded after this
 * process writes and at most `maxAgeMs` after another process may have.
 */
import { toNameKey } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Entity } from '../../domain/types.js';
import { editDistance } from './editDistance.js';

interface IndexedEntity {
  entity: Entity;
  keys: string[];
}

export interface SearchIndex {
  search(text: string, kinds: readonly EntityKind[] | undefined, first: number): Promise<Entity[]>;
  invalidate(): void;
}

export function createSearchIndex(loadAll: () => Promise<Entity[]>, maxAgeMs = 5000): SearchIndex {
  let entries: Promise<IndexedEntity[]> | undefined;
  let loadedAt = 0;
  const current = (): Promise<IndexedEntity[]> => {
    if (!entries || Date.now() - loadedAt > maxAgeMs) {
      loadedAt = Date.now();
      entries = loadAll().then((all) => all.map(toIndexed));
      entries.catch(() => (entries = undefined));
    }
    return entries;
  };
  return {
    async search(text, kinds, first) {
      const query = toNameKey(text);
      if (query === '' || first <= 0) return [];
      const ranked = (await current())
        .filter((item) => !kinds?.length || kinds.includes(item.entity.kind))
        .map((item) => ({ item, score: scoreOf(query, item.keys) }))
        .filter((hit) => hit.score < Infinity);
      ranked.sort(
        (a, b) =>
          a.score - b.score ||
          a.item.entity.name.localeCompare(b.item.entity.name) ||
          (a.item.entity.id < b.item.entity.id ? -1 : 1),
      );
      return ranked.slice(0, first).map((hit) => hit.item.entity);
    },
    invalidate() {
      entries = undefined;
    },
  };
}

function toIndexed(entity: Entity): IndexedEntity {
  const keys = [entity.name, ...entity.aliases].map(toNameKey).filter(Boolean);
  return { entity, keys: [...new Set(keys)] };
}

/** Lower is better; Infinity when no key matches. */
function scoreOf(query: string, keys: readonly string[]): number {
  let best = Infinity;
  for (const key of keys) best = Math.min(best, scoreKey(query, key));
  return best;
}

function scoreKey(query: string, key: string): number {
  if (key === query) return 0;
  if (key.startsWith(query)) return 1;
  if (key.includes(` ${query}`)) return 2;
  const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
  if (max === 0) return Infinity;
  const whole = editDistance(query, key, max);
  const prefix =
    key.length > query.length
      ? editDistance(query, key.slice(0, query.length), max) + 0.5
      : Infinity;
  const distance = Math.min(whole, prefix);
  return distance <= max ? 3 + distance : Infinity;
}
