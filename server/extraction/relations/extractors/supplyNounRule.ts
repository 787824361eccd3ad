/**
 * SUPPLIES from nominal forms: "the provision of military equipment and munitions by the DPRK
 * to the Russian Federation", "its alleged provision of munitions to Russia", "U.S. arms sales
 * to Taiwan", "the supply of arms by North Korea to Russia".
 */
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd, dedupe } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { liftToState, pairClaims, recipientsOf } from '../makeClaim.js';
import { groupAfterWord, leftAgent, weaponsIn } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';
import { resolveSubjects } from '../resolveSubjects.js';
import type { Mention } from '../../document/Mention.js';
import { hasMilitaryAid } from './supplyVerbRule.js';

const AGENT_PREPS = new Set(['by', 'from']);
const TO = new Set(['to', 'for']);
const FROM_ONLY = new Set(['from']);
const STRONG_LEMMAS = new Set(['deal', 'aid']);
const WITH = new Set(['with']);
const CONTRACTS = new Set(['contract', 'contracts']);

/**
 * "India has become Yerevan's largest arms supplier", "France, Armenia's main supplier": the
 * supplier is who the noun is said of; its possessor is the recipient.
 */
function supplierOfRole(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Mention[] {
  const head = appositionActor(sentence, trigger.start);
  if (head.length > 0) return head;
  // "Beijing is by far its largest supplier": the subject comes before the possessive pronoun.
  const { subjects } = resolveSubjects(ctx, sentence, possessivePronounBefore(sentence, trigger));
  const possessor = leftAgent(ctx, sentence, trigger.start);
  return subjects.filter((m) => !possessor.some((p) => p.name === m.name));
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
const POSSESSIVE_SPAN = 4;

/** Index of "its" in "its largest supplier", else the trigger's own index. */
function possessivePronounBefore(sentence: Sentence, trigger: Trigger): number {
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - POSSESSIVE_SPAN); k -= 1) {
    if (sentence.covered[k]) break;
    if (POSSESSIVE_PRONOUNS.has(sentence.tokens[k]?.norm ?? '')) return k;
  }
  return trigger.start;
}

function appositionActor(sentence: Sentence, t: number): Mention[] {
  for (let k = t - 1; k >= Math.max(0, t - 8); k -= 1) {
    const text = sentence.tokens[k]?.text ?? '';
    if (text === ',') {
      const m = sentence.covered[k - 1];
      return m && m.kind !== 'Weapon' && !m.weak && !m.modifier ? [m] : [];
    }
    if (text === '.' || text === ';') return [];
  }
  return [];
}

/** "Poland's purchase of K2 tanks from South Korea": the seller after "from" supplies the buyer. */
function purchaseClaims(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  end: number,
  weapons: Mention[],
): Claim[] {
  const from = groupAfterWord(sentence, trigger.end, end, FROM_ONLY);
  // "signed a contract with France's Naval Group for two submarines": the other party sells.
  const sellers =
    from.length > 0 || !CONTRACTS.has(sentence.tokens[trigger.start]?.norm ?? '')
      ? from
      : groupAfterWord(sentence, trigger.end, end, WITH, 0);
  if (sellers.length === 0 || weapons.length === 0) return [];
  const possessor = leftAgent(ctx, sentence, trigger.start);
  const buyers =
    possessor.length > 0 ? possessor : resolveSubjects(ctx, sentence, trigger.start).subjects;
  const base = {
    type: 'SUPPLIES' as const,
    sentence,
    at: trigger.start,
    confidence: 0.7,
    rule: 'supply-noun',
  };
  const lifted = dedupe(sellers.map(liftToState));
  return [
    ...pairClaims(ctx, base, lifted, dedupe(buyers.flatMap(recipientsOf))),
    ...pairClaims(ctx, base, lifted, weapons),
  ];
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = Math.min(clauseEnd(sentence, trigger.end - 1), trigger.end + 16);
  const weapons = dedupe([
    ...weaponsIn(sentence, Math.max(0, trigger.start - 2), trigger.start),
    ...weaponsIn(sentence, trigger.end, end),
  ]);
  const aidOk =
    (STRONG_LEMMAS.has(trigger.lemma) && !trigger.weak) ||
    hasMilitaryAid(sentence, Math.max(0, trigger.start - 1), trigger.end + 1);
  if (trigger.weak ? !aidOk : weapons.length === 0 && !aidOk) return [];
  if (trigger.roles === 'recipient') return purchaseClaims(ctx, sentence, trigger, end, weapons);
  const byAgent = groupAfterWord(sentence, trigger.end, end, AGENT_PREPS);
  const agentNoun = /^suppliers?$/.test(sentence.tokens[trigger.start]?.norm ?? '');
  const left = leftAgent(ctx, sentence, trigger.start);
  const suppliers =
    byAgent.length > 0 ? byAgent : agentNoun ? supplierOfRole(ctx, sentence, trigger) : left;
  if (suppliers.length === 0) return [];
  const to = groupAfterWord(sentence, trigger.end, end, TO);
  const recipients = agentNoun && to.length === 0 ? left : to;
  const base = {
    type: 'SUPPLIES' as const,
    sentence,
    at: trigger.start,
    confidence: 0.75,
    rule: 'supply-noun',
  };
  const lifted = dedupe(suppliers.map(liftToState));
  return [
    ...pairClaims(ctx, base, lifted, dedupe(recipients.flatMap(recipientsOf))),
    ...pairClaims(ctx, base, lifted, weapons),
  ];
}

export const supplyNounRule: RelationExtractor = triggeredRule(
  'supply-noun',
  (t) => t.type === 'SUPPLIES' && t.pos === 'noun',
  extractOne,
);
