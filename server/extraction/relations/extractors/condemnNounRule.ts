/** CONDEMNS from nouns: "Seoul's condemnation of the launch by Pyongyang", "criticism from Beijing of Manila". */
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { pairClaims } from '../makeClaim.js';
import { groupAfterWord, leftAgent } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';
import { mainSubject } from '../resolveSubjects.js';

const FROM = new Set(['from', 'by']);
/** "..., drawing condemnation from Manila": the sentence's subject is the target. */
const DRAWING = new Set([
  'drawing',
  'drew',
  'draws',
  'prompting',
  'prompted',
  'sparking',
  'sparked',
  'triggering',
  'triggered',
  'provoking',
  'provoked',
  'attracting',
]);
const OF = new Set(['of', 'against', 'toward', 'towards', 'over']);

/** "drew a sharp rebuke from Beijing": a drawing verb a few plain words before the noun. */
function drawnBefore(sentence: Sentence, t: number): boolean {
  for (let k = t - 1; k >= Math.max(0, t - 4); k -= 1) {
    const norm = sentence.tokens[k]?.norm ?? '';
    if (DRAWING.has(norm)) return true;
    if (sentence.covered[k] || !/^\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '')) return false;
  }
  return false;
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = Math.min(clauseEnd(sentence, trigger.end - 1), trigger.end + 12);
  const from = groupAfterWord(sentence, trigger.end, end, FROM);
  const critics = from.length > 0 ? from : leftAgent(ctx, sentence, trigger.start);
  let targets = groupAfterWord(sentence, trigger.end, end, OF);
  if (targets.length === 0 && drawnBefore(sentence, trigger.start))
    targets = mainSubject(sentence).filter((m) => !critics.some((c) => c.name === m.name));
  return pairClaims(
    ctx,
    { type: 'CONDEMNS', sentence, at: trigger.start, confidence: 0.7, rule: 'condemn-noun' },
    critics,
    targets,
  );
}

export const condemnNounRule: RelationExtractor = triggeredRule(
  'condemn-noun',
  (t) => t.type === 'CONDEMNS' && t.pos === 'noun',
  extractOne,
);
