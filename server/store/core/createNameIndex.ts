/**
 * An in-memory index of entity names and aliases, folded with toNameKey. A query ranks entities
 * by their best key: 0 exact, 1 prefix, 2 word prefix (the query follows a space in the key),
 * then near misses 3 + edit distance (of the whole key, or + 0.5 of the key's first
 * query-length characters), at most 1 for queries of 4–7 characters and 2 from 8 on; ties by
 * name (locale order), then id.
 *
 * Exact, prefix and word-prefix hits come from sorted arrays by binary search. Near misses can
 * only rank after them, so the scan for them runs only when those hits do not fill `first`.
 */
import { toNameKey } from '../../domain/ids.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Entity } from '../../domain/types.js';
import { boundedDistance } from './editDistance.js';

export interface NameIndex {
  search(text: string, kinds: readonly EntityKind[] | undefined, first: number): Entity[];
}

/** A key (or the part of a key after a space) and the rank of its entity. */
interface Posting {
  text: string;
  rank: number;
}

const WORD_PREFIX = 2;

export function createNameIndex(entities: readonly Entity[]): NameIndex {
  const collator = new Intl.Collator();
  const ranked = [...entities].sort(
    (a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
  );
  const keys = ranked.map(keysOf);
  const whole: Posting[] = [];
  const words: Posting[] = [];
  keys.forEach((list, rank) => {
    for (const key of list) {
      whole.push({ text: key, rank });
      for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1))
        words.push({ text: key.slice(at + 1), rank });
    }
  });
  whole.sort(byText);
  words.sort(byText);
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
      forPrefix(whole, query, (posting) => hit(posting.rank, posting.text === query ? 0 : 1));
      forPrefix(words, query, (posting) => hit(posting.rank, WORD_PREFIX));
      if (scores.size < first) addNearMisses(query, keys, scores, allowed);
      return topRanks(scores, first).map((rank) => ranked[rank] as Entity);
    },
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

function byText(a: Posting, b: Posting): number {
  return a.text < b.text ? -1 : a.text > b.text ? 1 : a.rank - b.rank;
}

/** Calls `visit` for every posting whose text starts with `prefix` (postings sorted by text). */
function forPrefix(postings: Posting[], prefix: string, visit: (posting: Posting) => void): void {
  let low = 0;
  let high = postings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((postings[middle] as Posting).text < prefix) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < postings.length; index += 1) {
    const posting = postings[index] as Posting;
    if (!posting.text.startsWith(prefix)) break;
    visit(posting);
  }
}

/** Near-miss scores of the entities not already matched by a prefix. */
function addNearMisses(
  query: string,
  keys: readonly string[][],
  scores: Map<number, number>,
  allowed: (rank: number) => boolean,
): void {
  const max = query.length < 4 ? 0 : query.length < 8 ? 1 : 2;
  if (max === 0) return;
  const pieces = piecesOf(query, max + 1);
  keys.forEach((list, rank) => {
    if (scores.has(rank) || !allowed(rank)) return;
    let best = Infinity;
    for (const key of list) {
      // Within `max` edits one of `max + 1` pieces of the query is left whole (pigeonhole).
      if (pieces.some((piece) => key.includes(piece)))
        best = Math.min(best, nearMiss(query, key, max));
    }
    if (best < Infinity) scores.set(rank, best);
  });
}

/** `query` cut into `count` consecutive pieces of near-equal length. */
function piecesOf(query: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    query.slice(
      Math.floor((index * query.length) / count),
      Math.floor(((index + 1) * query.length) / count),
    ),
  );
}

function nearMiss(query: string, key: string, max: number): number {
  const whole = boundedDistance(query, key, key.length, max);
  const prefix =
    key.length > query.length ? boundedDistance(query, key, query.length, max) + 0.5 : Infinity;
  const distance = Math.min(whole, prefix);
  return distance <= max ? 3 + distance : Infinity;
}
