/** CONDEMNS from nouns: "Seoul's condemnation of the launch by Pyongyang", "criticism from Beijing of Manila". */
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { pairClaims } from '../makeClaim.js';
import { groupAfterWord, leftAgent } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import type { RelationExtractor } from '../RelationExtractor.js';

const FROM = new Set(['from', 'by']);
const OF = new Set(['of', 'against', 'toward', 'towards', 'over']);

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = Math.min(clauseEnd(sentence, trigger.end - 1), trigger.end + 12);
  const from = groupAfterWord(sentence, trigger.end, end, FROM);
  const critics = from.length > 0 ? from : leftAgent(ctx, sentence, trigger.start);
  const targets = groupAfterWord(sentence, trigger.end, end, OF);
  return pairClaims(
    ctx,
    { type: 'CONDEMNS', sentence, at: trigger.start, confidence: 0.7, rule: 'condemn-noun' },
    critics,
    targets,
  );
}

export const condemnNounRule: RelationExtractor = {
  name: 'condemn-noun',
  extract(ctx, sentence, triggers) {
    return triggers
      .filter((t) => t.type === 'CONDEMNS' && t.pos === 'noun')
      .flatMap((t) => extractOne(ctx, sentence, t));
  },
};
