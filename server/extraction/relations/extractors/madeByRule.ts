/** SUPPLIES from origin adjectives: "North Korean-made rocket-propelled grenades ... used by Hamas". */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd } from '../clauses.js';
import { pairClaims } from '../makeClaim.js';
import { groupAfterWord, weaponsIn } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import type { RelationExtractor } from '../RelationExtractor.js';

const USED_BY = new Set(['by']);

function extractOne(
  ctx: RelationContext,
  sentence: Sentence,
  m: Mention,
  markers: readonly string[],
): Claim[] {
  const dash = sentence.tokens[m.tokenEnd];
  const marker = sentence.tokens[m.tokenEnd + 1];
  if (dash?.text !== '-' || dash.spaceBefore || !marker || !markers.includes(marker.norm))
    return [];
  const from = m.tokenEnd + 2;
  const end = clauseEnd(sentence, from);
  const weapons = weaponsIn(sentence, from, Math.min(end, from + 8));
  if (weapons.length === 0) return [];
  const supplier: Mention = { ...m, weak: false, modifier: false };
  const users = groupAfterWord(sentence, from, end, USED_BY);
  const base = {
    type: 'SUPPLIES' as const,
    sentence,
    at: m.tokenStart,
    confidence: 0.7,
    rule: 'made-by',
  };
  return [
    ...pairClaims(ctx, base, [supplier], weapons),
    ...pairClaims(ctx, base, [supplier], users),
  ];
}

export const madeByRule: RelationExtractor = {
  name: 'made-by',
  extract(ctx, sentence) {
    const markers = ctx.knowledge.triggers.SUPPLIES?.madeMarkers ?? [];
    return sentence.mentions
      .filter((m) => m.kind === 'State')
      .flatMap((m) => extractOne(ctx, sentence, m, markers));
  },
};
