/**
 * How a sentence presents a claim: denied ("have denied claims of arms deals"), planned ("is
 * expected to meet"), alleged ("what they say is the supply of arms") or asserted.
 */
import type { ClaimStatus } from '../../domain/kinds.js';
import type { Knowledge } from '../../knowledge/Knowledge.js';
import type { Sentence } from '../document/Sentence.js';
import { clauseStart } from './clauses.js';
import { phraseMatcher } from './phraseMatcher.js';

function anyIn(sentence: Sentence, from: number, to: number, phrases: readonly string[]): boolean {
  const matches = phraseMatcher(phrases);
  for (let i = Math.max(0, from); i < to; i += 1) if (matches(sentence, i)) return true;
  return false;
}

const NEGATION = ['not', 'never', "n't", 'no'];
const deniedCache = new WeakMap<readonly string[], string[]>();

function deniedWords(denied: readonly string[]): string[] {
  let list = deniedCache.get(denied);
  if (!list) {
    list = denied.filter((d) => !NEGATION.includes(d));
    deniedCache.set(denied, list);
  }
  return list;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'also', 'then', 'later', 'repeatedly']);

/**
 * "dismissed the allegations and blamed Ethiopia": a verb joined by "and" has its own status;
 * cues before the "and" belong to the other verb. Returns the token after that "and", or 0.
 */
function coordinatedVerbStart(sentence: Sentence, t: number): number {
  let k = t - 1;
  while (k >= 0 && AUXILIARIES.has(sentence.tokens[k]?.norm ?? '')) k -= 1;
  return sentence.tokens[k]?.norm === 'and' ? k + 1 : 0;
}

export function detectStatus(
  sentence: Sentence,
  triggerStart: number,
  knowledge: Knowledge,
): ClaimStatus {
  const { denied, planned, alleged } = knowledge.status;
  const clause = Math.max(
    clauseStart(sentence, triggerStart),
    coordinatedVerbStart(sentence, triggerStart),
  );
  if (anyIn(sentence, triggerStart - 3, triggerStart, NEGATION)) return 'denied';
  const joined = coordinatedVerbStart(sentence, triggerStart);
  if (
    anyIn(
      sentence,
      Math.max(Math.min(clause, triggerStart - 12), joined),
      triggerStart,
      deniedWords(denied),
    )
  )
    return 'denied';
  if (anyIn(sentence, triggerStart - 6, triggerStart, planned)) return 'planned';
  if (anyIn(sentence, Math.max(triggerStart - 12, joined), triggerStart + 1, alleged))
    return 'alleged';
  return 'asserted';
}

const STATUS_WEIGHT: Record<ClaimStatus, number> = {
  asserted: 1,
  alleged: 0.9,
  planned: 0.85,
  denied: 0.8,
};

export function statusWeight(status: ClaimStatus): number {
  return STATUS_WEIGHT[status];
}
