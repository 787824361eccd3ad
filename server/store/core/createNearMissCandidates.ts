/**
 * The keys that may be near misses of a query, so that edit distances are computed for a few
 * hundred keys rather than for every key. A near miss within `max` edits is either
 *  - a whole key within `max` edits: its length is within `max` of the query's, and of the query
 *    cut into `max + need` pieces at least `need` are in it unchanged (an edit touches at most one
 *    piece). Such keys come from the keys of those lengths or from the trigram lists of the
 *    pieces, whichever is shorter, and are kept when they hold enough pieces;
 *  - or a key whose first query-length characters are within `max - 1` edits. With `max` 1 that is
 *    a key starting with the query, a prefix hit found apart. With `max` 2 it is one substitution:
 *    either the first SPLIT characters are unchanged (a range of the sorted keys) or the rest up
 *    to the query's length is (found by its trigrams), kept when at most one character differs.
 *    Other budgets fall back to every longer key.
 * Every candidate is visited once per call; the caller computes its distance.
 */
import type { SortedTexts } from './createSortedTexts.js';
import { createTrigramIndex } from './createTrigramIndex.js';

export interface NearMissCandidates {
  /** Calls `visit` once with the number of each key that may be a near miss of `query`. */
  forEach(query: string, max: number, visit: (key: number) => void): void;
}

/** Where a query's start is cut in two for the one-substitution lookup (from 2 x SPLIT on). */
const SPLIT = 4;
/** The shortest piece the trigram lists can look up. */
const GRAM = 3;

export function createNearMissCandidates(
  keys: readonly string[],
  starts: SortedTexts,
): NearMissCandidates {
  const trigrams = createTrigramIndex(keys);
  const byLength = groupByLength(keys);
  // Per key, the call that last counted it and how many trigram lists of that call held it,
  // and the call that last visited it, so that no key is visited twice in one call.
  const countedIn = new Int32Array(keys.length);
  const counts = new Int32Array(keys.length);
  const visitedIn = new Int32Array(keys.length);
  let call = 0;

  return {
    forEach(query, max, visit) {
      call += 1;
      const once = (key: number): void => {
        if (visitedIn[key] === call) return;
        visitedIn[key] = call;
        visit(key);
      };
      forEachWholeCandidate(query, max, once);
      if (max <= 1) return;
      if (max === 2 && query.length >= 2 * SPLIT) {
        const check = (key: number): void => {
          if (startsWithinOne(keys[key] as string, query)) once(key);
        };
        starts.forPrefix(query.slice(0, SPLIT), check);
        const tail = query.slice(SPLIT);
        for (const key of trigrams.candidatesFor(tail)) {
          if ((keys[key] as string).startsWith(tail, SPLIT)) check(key);
        }
      } else {
        keys.forEach((key, number) => key.length > query.length && once(number));
      }
    },
  };

  function forEachWholeCandidate(query: string, max: number, visit: (key: number) => void): void {
    // Two unchanged pieces filter far better than one, where pieces stay long enough to look up.
    const need = query.length >= GRAM * (max + 2) ? 2 : 1;
    const pieces = piecesOf(query, max + need);
    const holdsEnough = (key: number): boolean => {
      const text = keys[key] as string;
      if (Math.abs(text.length - query.length) > max) return false;
      let held = 0;
      for (const piece of pieces) if (text.includes(piece) && ++held >= need) return true;
      return false;
    };
    const lengths = byLengthWithin(query.length - max, query.length + max);
    const grams = pieces.every((piece) => piece.length >= GRAM)
      ? pieces.map((piece) => trigrams.candidatesFor(piece))
      : undefined;
    if (!grams || total(grams) >= total(lengths)) {
      for (const list of lengths) for (const key of list) if (holdsEnough(key)) visit(key);
      return;
    }
    for (const list of grams) {
      for (const key of list) {
        if (countedIn[key] !== call) {
          countedIn[key] = call;
          counts[key] = 0;
        }
        counts[key] = (counts[key] as number) + 1;
        if (counts[key] === need && holdsEnough(key)) visit(key);
      }
    }
  }

  function byLengthWithin(low: number, high: number): Int32Array[] {
    const lists: Int32Array[] = [];
    for (let length = Math.max(0, low); length <= high; length += 1) {
      const list = byLength[length];
      if (list) lists.push(list);
    }
    return lists;
  }
}

/** `query` cut into `count` consecutive pieces of near-equal length. */
export function piecesOf(query: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    query.slice(
      Math.floor((index * query.length) / count),
      Math.floor(((index + 1) * query.length) / count),
    ),
  );
}

/** Whether `key` is longer than `query` and its first query-length characters differ in one at most. */
function startsWithinOne(key: string, query: string): boolean {
  if (key.length <= query.length) return false;
  let differ = 0;
  for (let at = 0; at < query.length; at += 1) {
    if (key.charCodeAt(at) !== query.charCodeAt(at) && ++differ > 1) return false;
  }
  return true;
}

function groupByLength(keys: readonly string[]): Int32Array[] {
  const groups: number[][] = [];
  keys.forEach((key, number) => (groups[key.length] ??= []).push(number));
  return Array.from(groups, (group) => Int32Array.from(group ?? []));
}

function total(lists: readonly Int32Array[]): number {
  return lists.reduce((sum, list) => sum + list.length, 0);
}
