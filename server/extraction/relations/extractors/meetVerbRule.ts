/**
 * MEETS from verbs: "Biden is expected to meet with Xi", "Blinken met Park", "Austin is due to
 * visit South Korea", "U.S. and South Korean officials held talks", "their leaders ... when
 * they met".
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { adverbialEnd } from '../adverbialEnd.js';
import { actorsIn, clauseEnd, clauseStart, coordinatedGroup, dedupe } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { groupClaims, pairClaims } from '../makeClaim.js';
import { directObject, groupAfterWord, isPassive } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { speakersOf } from '../RelationContext.js';
import { mainSubject, resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';
import { ARTICLES_AND_POSSESSIVES } from '../determiners.js';

const WITH = new Set(['with']);
const BY = new Set(['by']);
const DIRECT = new Set(['meet', 'visit', 'host']);
/** "received Khalifa Haftar": a meeting only between officials, never a delivery. */
const OFFICIALS_ONLY = new Set(['receive']);
/** Clause openers after which the meeting belongs to the main clause's subject. */
const TIME_OPENERS = new Set(['after', 'before', 'following', 'during', 'ahead']);
const LED = new Set(['led', 'headed']);
const LED_SPAN = 10;
const NOUN_BEFORE = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  "'s",
  'first',
  'upcoming',
  'recent',
  'planned',
  'two-day',
  'official',
  'state',
  'surprise',
  'later',
]);

/**
 * "talks hosted by X", "the talks, which were hosted by X": the host meets the people the
 * sentence names as holding the talks (its main subject), or the last group named.
 */
function hostedBy(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = clauseEnd(sentence, trigger.end);
  const hosts =
    sentence.tokens[trigger.end]?.norm === 'by' ? firstActor(sentence, trigger.end + 1, end) : [];
  if (hosts.length === 0) return [];
  const main = coordinatedGroupAtStart(sentence).filter((m) => m.tokenEnd <= trigger.start);
  const guests = main.length > 0 ? main : ctx.plural;
  return pairClaims(
    ctx,
    { type: 'MEETS', sentence, at: trigger.start, confidence: 0.7, rule: 'meet-hosted' },
    hosts,
    guests.filter((g) => !hosts.some((h) => h.name === g.name)),
  );
}

/** The first actor within a few words ("by St. Vincent Prime Minister Ralph Gonsalves"). */
function firstActor(sentence: Sentence, from: number, end: number): Mention[] {
  const m = actorsIn(sentence, from, Math.min(end, from + 8))[0];
  return m ? [m] : [];
}

/** The coordinated actors of the sentence's main clause ("Pashinyan and Aliyev last met"). */
function coordinatedGroupAtStart(sentence: Sentence): Mention[] {
  const main = mainSubject(sentence)[0];
  if (!main) return [];
  return coordinatedGroup(sentence, main, actorsIn(sentence, 0, main.tokenEnd + 12));
}

/** "held talks in Ankara on Tuesday with X": the partner after time and place adverbials. */
function withAfterAdverbials(sentence: Sentence, from: number, end: number): Mention[] {
  const k = adverbialEnd(sentence, from, end);
  return k > from ? groupAfterWord(sentence, k, end, WITH, 0) : [];
}

/** "met a delegation of U.S. lawmakers led by Representative X": the leader is the partner. */
function ledBy(sentence: Sentence, from: number, end: number): Mention[] {
  for (let k = from; k < Math.min(end, from + LED_SPAN); k += 1) {
    if (LED.has(sentence.tokens[k]?.norm ?? '') && sentence.tokens[k + 1]?.norm === 'by')
      return groupAfterWord(sentence, k + 1, end, BY, 0).filter((m) => m.kind === 'Official');
  }
  return [];
}

/** "met Lebanese leaders ..., and with Prime Minister X": a further partner later in the clause. */
function andWith(sentence: Sentence, from: number, end: number): Mention[] {
  for (let k = from; k < sentence.tokens.length; k += 1) {
    if (sentence.tokens[k]?.norm !== 'with' || sentence.tokens[k - 1]?.norm !== 'and') continue;
    // Past a relative clause only as ", and with": "talks with X, who ..., and with Y".
    if (k >= end && sentence.tokens[k - 2]?.text !== ',') return [];
    return groupAfterWord(sentence, k, clauseEnd(sentence, k), WITH, 0);
  }
  return [];
}

/**
 * "X said, speaking after talks with Y", "X will visit Z for talks with Y": the meeting is the
 * main subject's (or the speaker's).
 */
function timeClauseSubjects(ctx: RelationContext, sentence: Sentence, t: number): Mention[] {
  const opener = sentence.tokens[clauseStart(sentence, t) - 1]?.norm ?? '';
  if (!TIME_OPENERS.has(opener) && sentence.tokens[t - 1]?.norm !== 'for') return [];
  const main = mainSubject(sentence).filter((m) => m.tokenEnd <= t);
  return main.length > 0 ? main : speakersOf(ctx, sentence);
}

/** Words between "signed" and "with": the thing signed ("signed a defence pact with"). */
const SIGN_SPAN = 6;

/**
 * "X signed the agreement with his counterpart Y": two officials signing together have met.
 * Only officials on both sides ("signed a contract with Dassault" is no meeting).
 */
function signedWith(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  subjects: Mention[],
  end: number,
): Claim[] {
  if (isPassive(sentence, trigger.start) || !subjects.every((m) => m.kind === 'Official'))
    return [];
  const partners = groupAfterWord(sentence, trigger.end, end, WITH, SIGN_SPAN).filter(
    (m) => m.kind === 'Official',
  );
  const base = { type: 'MEETS' as const, sentence, at: trigger.start, confidence: 0.7 };
  return pairClaims(ctx, { ...base, rule: 'meet-signed' }, subjects, partners);
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  if (trigger.lemma === 'host' && isPassive(sentence, trigger.start))
    return hostedBy(ctx, sentence, trigger);
  if (trigger.lemma === 'host' && sentence.tokens[trigger.end]?.norm === 'by')
    return hostedBy(ctx, sentence, trigger);
  if (NOUN_BEFORE.has(sentence.tokens[trigger.start - 1]?.norm ?? '')) return [];
  const end = clauseEnd(sentence, trigger.end - 1);
  const resolved = resolveSubjects(ctx, sentence, trigger.start);
  const { viaPronoun } = resolved;
  const purpose = sentence.tokens[trigger.start - 1]?.norm === 'for';
  const subjects =
    resolved.subjects.length > 0 && !purpose
      ? resolved.subjects
      : timeClauseSubjects(ctx, sentence, trigger.start);
  let partners: Mention[] = groupAfterWord(
    sentence,
    trigger.end,
    end,
    WITH,
    trigger.lemma === 'discuss' ? 8 : 2,
  );
  if (partners.length === 0) partners = withAfterAdverbials(sentence, trigger.end, end);
  if (trigger.lemma === 'discuss' && partners.length === 0) return [];
  const last = sentence.tokens[trigger.end - 1]?.norm ?? '';
  if (partners.length === 0 && (last === 'with' || last === 'to'))
    partners = directObject(sentence, trigger.end, end);
  if (partners.length === 0 && DIRECT.has(trigger.lemma))
    partners = directObject(sentence, trigger.end, end);
  if (trigger.lemma === 'sign') return signedWith(ctx, sentence, trigger, subjects, end);
  if (OFFICIALS_ONLY.has(trigger.lemma)) {
    if (!subjects.every((m) => m.kind === 'Official')) return [];
    partners = directObject(sentence, trigger.end, end).filter((m) => m.kind === 'Official');
  }
  if (DIRECT.has(trigger.lemma)) {
    const leader = ledBy(sentence, trigger.end, end);
    if (leader.length > 0) partners = leader;
  }
  if (partners.length > 0) partners = dedupe([...partners, ...andWith(sentence, trigger.end, end)]);
  const base = {
    type: 'MEETS' as const,
    sentence,
    at: trigger.start,
    confidence: viaPronoun ? 0.65 : 0.8,
    rule: 'meet-verb',
  };
  if (partners.length === 0) return subjects.length >= 2 ? groupClaims(ctx, base, subjects) : [];
  // "X hosted A and B": the guests meet each other too.
  const guests =
    trigger.lemma === 'host' && partners.length >= 2
      ? groupClaims(ctx, { ...base, rule: 'meet-guests' }, partners)
      : [];
  return [...pairClaims(ctx, base, subjects, partners), ...guests];
}

export const meetVerbRule: RelationExtractor = triggeredRule(
  'meet-verb',
  (t) => t.type === 'MEETS' && t.pos === 'verb',
  extractOne,
);
