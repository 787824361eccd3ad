/**
 * MEETS from nouns: "Blinken's meeting with Yoon", "the Blinken-Yoon meeting", "talks between A
 * and B", "In talks with South Korea's leadership, ... Blinken discussed", "arrived in Seoul for
 * talks with his South Korean counterpart", "a visit to India".
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { PREPOSITIONS, actorsIn, clauseEnd, isActor } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { groupClaims, pairClaims } from '../makeClaim.js';
import { groupAfterWord, hyphenPair, leftAgent } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { mainSubject, resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';

const WITH = new Set(['with']);
const FROM = new Set(['from']);
const BETWEEN = new Set(['between', 'among']);
const TO_PLACE = new Set(['to', 'in']);
const TRAVEL = new Set(['visit', 'trip', 'stop']);

/** "In talks with X, Y said": the actor right after the introductory phrase. */
function hostAfterIntro(sentence: Sentence, trigger: Trigger, partners: Mention[]): Mention[] {
  const first = sentence.tokens[0]?.norm ?? '';
  if (!PREPOSITIONS.has(first) || trigger.start > 6) return [];
  const last = partners[partners.length - 1];
  const from = last ? last.tokenEnd : trigger.end;
  let comma = -1;
  for (let k = from; k < sentence.tokens.length; k += 1) {
    if (sentence.tokens[k]?.text === ',' && !sentence.covered[k]) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return [];
  const host = actorsIn(sentence, comma + 1, comma + 12).find((m) => isActor(m));
  return host ? [host] : [];
}

function hostOf(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  partners: Mention[],
): Mention[] {
  const agent = leftAgent(ctx, sentence, trigger.start).filter(isActor);
  if (agent.length > 0) return agent;
  const intro = hostAfterIntro(sentence, trigger, partners);
  if (intro.length > 0) return intro;
  // "X is due to visit Russia for talks with Y": talks that are the purpose of the main clause.
  if (sentence.tokens[trigger.start - 1]?.norm === 'for') {
    const main = mainSubject(sentence).filter((m) => m.tokenEnd <= trigger.start);
    if (main.length > 0) return main;
  }
  // "X, the son of Y, held talks with Z": the subject of the verb that holds the talks.
  let at = trigger.start;
  while (at > 0 && VERB_PHRASE.has(sentence.tokens[at - 1]?.norm ?? '')) at -= 1;
  return resolveSubjects(ctx, sentence, at).subjects;
}

const MEDIATING = new Set([
  'hosted',
  'hosts',
  'hosting',
  'mediated',
  'mediates',
  'mediating',
  'brokered',
  'brokering',
  'facilitated',
  'convened',
  'chaired',
]);

/** "China mediated talks between Pakistan and Afghanistan": the mediator meets both sides. */
function mediatorOf(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Mention[] {
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - 4); k -= 1) {
    const norm = sentence.tokens[k]?.norm ?? '';
    if (MEDIATING.has(norm)) return resolveSubjects(ctx, sentence, k).subjects;
    if (sentence.covered[k] || !/^\p{Ll}[\p{Ll}-]*$/u.test(sentence.tokens[k]?.text ?? ''))
      return [];
  }
  return [];
}

const HOLD = new Set(['held', 'hold', 'holds', 'holding', 'had', 'have', 'has']);
const VERB_PHRASE = new Set([...HOLD, 'a', 'an', 'the']);
/** "A and B launched a framework at a summit": subjects present at the same meeting. */
const AT = new Set(['at', 'during']);

/**
 * "Scholz and Macron held a video call", "A, B and C launched a plan at a summit": two or more
 * subjects of "held", or of a clause set at the meeting, meet each other.
 */
function heldTogether(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  base: Parameters<typeof groupClaims>[1],
): Claim[] {
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - 4); k -= 1) {
    const norm = sentence.tokens[k]?.norm ?? '';
    if (HOLD.has(norm) || AT.has(norm)) {
      const { subjects } = resolveSubjects(ctx, sentence, k);
      return subjects.length >= 2 ? groupClaims(ctx, base, subjects) : [];
    }
    if (sentence.covered[k] || !/^\p{Ll}[\p{Ll}-]*$/u.test(sentence.tokens[k]?.text ?? ''))
      return [];
  }
  return [];
}

/** "remained open to dialogue with", "called for talks with": talks wished for, not held. */
const WISHED = [
  ['open', 'to'],
  ['ready', 'for'],
  ['called', 'for'],
  ['calls', 'for'],
  ['call', 'for'],
  ['willing', 'to'],
];

function isWishedFor(sentence: Sentence, trigger: Trigger): boolean {
  for (let k = Math.max(0, trigger.start - 4); k < trigger.start - 1; k += 1) {
    const a = sentence.tokens[k]?.norm;
    const b = sentence.tokens[k + 1]?.norm;
    if (WISHED.some(([x, y]) => x === a && y === b)) return true;
  }
  return false;
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  if (isWishedFor(sentence, trigger)) return [];
  const end = clauseEnd(sentence, trigger.end - 1);
  const base = {
    type: 'MEETS' as const,
    sentence,
    at: trigger.start,
    confidence: 0.7,
    rule: 'meet-noun',
  };
  const pair = hyphenPair(sentence, trigger.start);
  if (pair.length === 2) return groupClaims(ctx, base, pair);
  const between = groupAfterWord(sentence, trigger.end, end, BETWEEN, 6);
  if (between.length >= 2)
    return [
      ...groupClaims(ctx, base, between),
      ...pairClaims(ctx, base, mediatorOf(ctx, sentence, trigger), between),
    ];
  let partners = groupAfterWord(sentence, trigger.end, end, WITH, 3);
  // "received a call from X": the caller is the partner.
  if (partners.length === 0 && trigger.lemma === 'call')
    partners = groupAfterWord(sentence, trigger.end, end, FROM, 0);
  if (partners.length === 0 && TRAVEL.has(trigger.lemma)) {
    partners = groupAfterWord(sentence, trigger.end, end, TO_PLACE, 1).filter(
      (m) => m.kind === 'State',
    );
  }
  if (partners.length === 0) return heldTogether(ctx, sentence, trigger, base);
  return pairClaims(ctx, base, hostOf(ctx, sentence, trigger, partners), partners);
}

export const meetNounRule: RelationExtractor = triggeredRule(
  'meet-noun',
  (t) => t.type === 'MEETS' && t.pos === 'noun',
  extractOne,
);
