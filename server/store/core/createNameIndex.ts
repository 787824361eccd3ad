/**
 * An in-memory index of entity names and aliases, folded with toNameKey. A query ranks entities
 * by their best key: 0 exact, 1 prefix, 2 word prefix (the query follows a space in the key),
 * then near misses 3 + edit distance (of the whole key, or + 0.5 of the key's first
 * query-length characters), at most 1 for queries of 4–7 characters and 2 from 8 on; ties by
 * name (locale order), then id.
 *
 * Exact, prefix and word-prefix hits come from sorted keys by binary search. Near misses can
 * only rank after them, so they are looked for only when those hits do not fill `first`, and
 * then only among the candidates of createNearMissCandidates.
 */
import { toNameKey } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Entity } from '../../domain/types.js';
import { boundedDistance } from './editDistance.js';
import { createNearMissCandidates } from './createNearMissCandidates.js';
import { createSortedTexts } from './createSortedTexts.js';

export interface NameIndex {
  search(text: string, kinds: readonly EntityKind[] | undefined, first: number): Entity[];
}

const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const NEAR_MISS = 3;

export function createNameIndex(entities: readonly Entity[]): NameIndex {
  const ranked = rankByName(entities);
  const { keys, keyRanks, words, wordRanks } = listKeys(ranked);
  const wholeKeys = createSortedTexts(
    keys,
    keys.map((_, number) => number),
  );
  const wordKeys = createSortedTexts(words, wordRanks);
  const nearMisses = createNearMissCandidates(keys, wholeKeys);
  return {
    search(text, kinds, first) {
      const query = toNameKey(text);
      if (query === '' || first <= 0) return [];
      const allowed = (rank: number): boolean =>
        !kinds?.length || kinds.includes((ranked[rank] as Entity).kind);
      const scores = new Map<number, number>();
      const hit = (rank: number, score: number): void => {
        if (allowed(rank) && score < (scores.get(rank) ?? Infinity)) scores.set(rank, score);
      };
      wholeKeys.forPrefix(query, (key, found) =>
        hit(keyRanks[key] as number, found === query ? EXACT : PREFIX),
      );
      wordKeys.forPrefix(query, (rank) => hit(rank, WORD_PREFIX));
      const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
      if (scores.size < first && max > 0) {
        nearMisses.forEach(query, max, (key) => {
          const rank = keyRanks[key] as number;
          if ((scores.get(rank) ?? Infinity) <= WORD_PREFIX || !allowed(rank)) return;
          const score = nearMiss(query, keys[key] as string, max);
          if (score < Infinity) hit(rank, score);
        });
      }
      return topRanks(scores, first).map((rank) => ranked[rank] as Entity);
    },
  };
}

/** Entities by name (locale order), then id: an entity's place is its rank in ties. */
function rankByName(entities: readonly Entity[]): Entity[] {
  const collator = new Intl.Collator();
  return [...entities].sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}

/**
 * Every distinct key of every entity with its entity's rank, and every part of a key after a
 * space with its entity's rank. (Built apart from the search so that it keeps only the result.)
 */
function listKeys(ranked: readonly Entity[]): {
  keys: string[];
  keyRanks: Int32Array;
  words: string[];
  wordRanks: Int32Array;
} {
  const keys: string[] = [];
  const keyRanks: number[] = [];
  const words: string[] = [];
  const wordRanks: number[] = [];
  ranked.forEach((entity, rank) => {
    for (const key of keysOf(entity)) {
      keys.push(key);
      keyRanks.push(rank);
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
        words.push(key.slice(at + 1));
        wordRanks.push(rank);
      }
    }
  });
  return {
    keys,
    keyRanks: Int32Array.from(keyRanks),
    words,
    wordRanks: Int32Array.from(wordRanks),
  };
}

/** The `first` ranks with the lowest score, then the lowest rank, in that order. */
function topRanks(scores: Map<number, number>, first: number): number[] {
  const best: [number, number][] = [];
  const before = (a: [number, number], b: [number, number]): boolean =>
    a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
  for (const entry of scores) {
    if (best.length === first && !before(entry, best[first - 1] as [number, number])) continue;
    let at = best.length === first ? first - 1 : best.length;
    while (at > 0 && before(entry, best[at - 1] as [number, number])) {
      best[at] = best[at - 1] as [number, number];
      at -= 1;
    }
    best[at] = entry;
  }
  return best.map(([rank]) => rank);
}

function keysOf(entity: Entity): string[] {
  return [...new Set([entity.name, ...entity.aliases].map(toNameKey).filter(Boolean))];
}

function nearMiss(query: string, key: string, max: number): number {
  const whole = boundedDistance(query, key, key.length, max);
  const prefix =
    key.length > query.length ? boundedDistance(query, key, query.length, max) + 0.5 : Infinity;
  const distance = Math.min(whole, prefix);
  return distance <= max ? NEAR_MISS + distance : Infinity;
}
