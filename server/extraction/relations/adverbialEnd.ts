/**
 * End of the time, place and manner adverbials right after a verb or its object: "in Ankara on
 * Tuesday", "at the time", "last week", "by phone", "earlier this month". Returns the index of
 * the first token that is not part of one (`from` when none is there).
 */
import type { Sentence } from '../document/Sentence.js';
import { WEEKDAYS } from './calendarWords.js';

const PLACE_OR_TIME = new Set(['in', 'on', 'at', 'during', 'over', 'via']);
const TIME_OPENERS = new Set(['last', 'this', 'next', 'earlier', 'later', 'early', 'late']);
const TIME_WORDS = new Set([
  'time',
  'day',
  'days',
  'week',
  'weekend',
  'month',
  'year',
  'morning',
  'afternoon',
  'evening',
  'night',
  'today',
  'yesterday',
  ...WEEKDAYS,
]);
const MEANS = new Set(['phone', 'telephone', 'video', 'videoconference', 'video-link']);
const MAX_TOKENS = 10;

/** Length of one adverbial starting at `k`, or 0. */
function adverbialAt(sentence: Sentence, k: number, to: number): number {
  const norm = (i: number): string => sentence.tokens[i]?.norm ?? '';
  const w = norm(k);
  if (TIME_WORDS.has(w)) return 1;
  if (TIME_OPENERS.has(w)) return TIME_WORDS.has(norm(k + 1)) ? 2 : w === 'earlier' ? 1 : 0;
  if ((w === 'by' || w === 'over' || w === 'via') && MEANS.has(norm(k + 1))) return 2;
  if (w === 'over' && norm(k + 1) === 'the' && MEANS.has(norm(k + 2))) return 3;
  if (!PLACE_OR_TIME.has(w) || k + 1 >= to) return 0;
  let j = k + 1;
  if (norm(j) === 'the' && TIME_WORDS.has(norm(j + 1))) return 3;
  if (TIME_WORDS.has(norm(j)) || /^\d/.test(norm(j))) return 2;
  const covering = sentence.covered[j];
  // "in Ankara", "in El Alamein": a place named by a State's capital or capitalised words.
  if (covering) return covering.kind === 'State' ? covering.tokenEnd - k : 0;
  while (j < to && j < k + 4 && !sentence.covered[j] && sentence.tokens[j]?.upper) j += 1;
  return j > k + 1 ? j - k : 0;
}

export function adverbialEnd(sentence: Sentence, from: number, to: number): number {
  let k = from;
  while (k < to && k < from + MAX_TOKENS) {
    const n = adverbialAt(sentence, k, to);
    if (n === 0) break;
    k += n;
  }
  return k;
}
