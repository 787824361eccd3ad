/**
 * "to its closest ally", "their main partner": an ally named only by the relation, with no name
 * after it, stands for the last other State named before it — in the sentence, else in the
 * sentences before ("... station in Belarus. Russia transferred weapons to its closest ally").
 */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import type { RelationContext } from './RelationContext.js';

const OWNERS = new Set(['its', 'their']);
const ALLY_NOUNS = new Set(['ally', 'partner']);
const MAX_ADJECTIVES = 2;

/** Index of "ally" in "its [closest] ally" starting at `k`, named or not, or -1. */
function allyNounAt(sentence: Sentence, k: number): number {
  if (!OWNERS.has(sentence.tokens[k]?.norm ?? '')) return -1;
  for (let j = k + 1; j <= k + 1 + MAX_ADJECTIVES; j += 1) {
    const token = sentence.tokens[j];
    if (!token || sentence.covered[j] || !/^\p{Ll}+$/u.test(token.text)) return -1;
    if (ALLY_NOUNS.has(token.norm)) return j;
  }
  return -1;
}

/** "its closest ally, Belarus": the actor named right after the phrase starting at `k`. */
export function namedAlly(sentence: Sentence, k: number): Mention[] {
  const j = allyNounAt(sentence, k);
  const named =
    j >= 0 && sentence.tokens[j + 1]?.text === ',' ? sentence.covered[j + 2] : undefined;
  return named && named.kind !== 'Weapon' && !named.weak ? [named] : [];
}

/** Index of "ally" in a bare "its [closest] ally" (no name after it) starting at `k`, or -1. */
export function allyPhraseAt(sentence: Sentence, k: number): number {
  if (!OWNERS.has(sentence.tokens[k]?.norm ?? '')) return -1;
  for (let j = k + 1; j <= k + 1 + MAX_ADJECTIVES; j += 1) {
    const token = sentence.tokens[j];
    if (!token || sentence.covered[j] || !/^\p{Ll}+$/u.test(token.text)) return -1;
    if (ALLY_NOUNS.has(token.norm)) {
      // "to its closest ally, Belarus": a name follows; the phrase is not a bare reference.
      const next = sentence.tokens[j + 1];
      return next?.text === ',' || sentence.covered[j + 1] ? -1 : j;
    }
  }
  return -1;
}

/** The State a bare "its ally" at `k` stands for, never one of `owners`. */
export function allyReferent(
  ctx: RelationContext,
  sentence: Sentence,
  k: number,
  owners: readonly Mention[],
): Mention[] {
  const names = new Set(owners.map((m) => m.name));
  const before = sentence.mentions.filter(
    (m) => m.kind === 'State' && !m.weak && m.tokenEnd <= k && !names.has(m.name),
  );
  const last = before[before.length - 1] ?? ctx.lastSingular;
  return last && last.kind === 'State' && !names.has(last.name) ? [last] : [];
}
