/**
 * Fast matching of word phrases ("according to", "set to") at a token: phrases are split once
 * and indexed by their first word, so a miss costs one map lookup.
 */
import type { Sentence } from '../document/Sentence.js';

export type PhraseMatcher = (sentence: Sentence, i: number) => boolean;

const cache = new WeakMap<readonly string[], PhraseMatcher>();

export function phraseMatcher(phrases: readonly string[]): PhraseMatcher {
  const known = cache.get(phrases);
  if (known) return known;
  const byFirst = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.toLowerCase().split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  const matcher: PhraseMatcher = (sentence, i) => {
    const candidates = byFirst.get(sentence.tokens[i]?.norm ?? '');
    if (!candidates) return false;
    return candidates.some((words) => words.every((w, k) => sentence.tokens[i + k]?.norm === w));
  };
  cache.set(phrases, matcher);
  return matcher;
}
