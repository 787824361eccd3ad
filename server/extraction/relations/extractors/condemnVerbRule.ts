/**
 * CONDEMNS from verbs: the critic is the subject; the target the first actor after the verb
 * ("criticized North Korea's missile testing", "condemned the visits by Blinken and Austin",
 * "condemned the provision of munitions by the DPRK"). Passive: "should be condemned" takes the
 * critic from "by" or from the speaker. Weak verbs ("urged", "demanded", "called on") need a
 * stop-doing verb after the target ("demand that North Korea abandon").
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { adverbialEnd } from '../adverbialEnd.js';
import { PREPOSITIONS, clauseEnd, objectGroup } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { pairClaims } from '../makeClaim.js';
import { directObject, groupAfterWord, isPassive } from '../phrases.js';
import { eventReferent } from '../eventReferent.js';
import type { RelationContext } from '../RelationContext.js';
import { speakersOf } from '../RelationContext.js';
import { mainSubject, resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';

const BY = new Set(['by']);
const QUOTES = new Set(['"', '“', '”']);

function weakTargets(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  endOfClause: number,
): Mention[] {
  let end = endOfClause;
  const hasThat = sentence.tokens[trigger.end]?.norm === 'that';
  const from = hasThat ? trigger.end + 1 : trigger.end;
  if (hasThat) end = clauseEnd(sentence, from);
  const targets = directObject(sentence, from, end);
  const last = targets[targets.length - 1];
  if (!last) return [];
  const stopVerbs = ctx.knowledge.triggers.CONDEMNS?.weakObjectVerbs ?? [];
  const limit = Math.min(sentence.tokens.length, last.tokenEnd + 5);
  for (let k = last.tokenEnd; k < limit; k += 1) {
    if (k >= end && !QUOTES.has(sentence.tokens[end]?.text ?? '')) break;
    if (stopVerbs.includes(sentence.tokens[k]?.norm ?? '')) return targets;
  }
  return [];
}

/** "condemned what it called", "denounced what he described as": words before the thing named. */
const CALLED = new Set(['called', 'termed', 'labelled', 'labeled', 'branded', 'described']);
const OPENING_WORDS = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'such',
  'what',
  'as',
  '"',
  '“',
  '‘',
  "'",
]);
/** Nouns of the object phrase that an agent's demonym may follow: "the arrival of Egyptian troops". */
const AGENT_LINKS = new Set(['of', 'by']);
/** Acts whose "of" names those who suffer them: "the killing of Malian soldiers". */
const HARM_NOUNS = new Set(
  'killing killings death deaths murder murders execution executions abduction abductions detention detentions arrest arrests wounding capture kidnapping torture treatment expulsion'.split(
    ' ',
  ),
);

/** Index after "what it called" / "what he described as", or `from`. */
function afterNaming(sentence: Sentence, from: number, end: number): number {
  if (sentence.tokens[from]?.norm !== 'what') return from;
  for (let k = from + 1; k < Math.min(end, from + 5); k += 1) {
    if (!CALLED.has(sentence.tokens[k]?.norm ?? '')) continue;
    return sentence.tokens[k + 1]?.norm === 'as' ? k + 2 : k + 1;
  }
  return from;
}

const QUOTED_SPAN = 12;

/** A clause end at a quote mark inside a short object ("the \"excessive force\" used by") moves on. */
function throughQuotes(sentence: Sentence, end: number, from: number): number {
  let e = end;
  while (QUOTES.has(sentence.tokens[e]?.text ?? '') && e - from < QUOTED_SPAN)
    e = clauseEnd(sentence, e);
  return e;
}

function isPlainWord(sentence: Sentence, k: number): boolean {
  return !sentence.covered[k] && !PREPOSITIONS.has(sentence.tokens[k]?.norm ?? '');
}

/** A demonym and the one joined to it by a hyphen: "American-British aggression". */
function withHyphenPartner(sentence: Sentence, m: Mention): Mention[] {
  const out = [m.weak ? { ...m, weak: false } : m];
  const dash = sentence.tokens[m.tokenEnd];
  const next = sentence.covered[m.tokenEnd + 1];
  if (dash?.text === '-' && !dash.spaceBefore && next?.kind === 'State')
    out.push({ ...next, weak: false });
  return out;
}

/**
 * "condemned the Russian deliveries", "condemned what it called American aggression": a demonym
 * opening the object stands for its State. Further in, after "of"/"by", only a demonym before a
 * role noun does ("the arrival of Egyptian troops"), not one before the victims of the act.
 */
function demonymTarget(sentence: Sentence, from: number, clause: number): Mention[] {
  let k = afterNaming(sentence, from, sentence.tokens.length);
  const end = throughQuotes(sentence, k > from ? clauseEnd(sentence, k) : clause, from);
  for (let steps = 0; k < end && steps < 3; steps += 1) {
    if (!OPENING_WORDS.has(sentence.tokens[k]?.norm ?? '')) break;
    k += 1;
  }
  const opening = sentence.mentions.find(
    (x) =>
      x.kind === 'State' &&
      x.weak &&
      x.tokenStart < end &&
      (x.tokenStart === k || (x.tokenStart === k + 1 && isPlainWord(sentence, k))),
  );
  if (opening) return withHyphenPartner(sentence, opening);
  for (let j = k; j < Math.min(end, k + 5); j += 1) {
    const token = sentence.tokens[j];
    // "the \"excessive force\" used by Georgian police": quotes inside the object are skipped.
    if (token && QUOTES.has(token.text)) continue;
    if (!token || sentence.covered[j] || !/^\p{Ll}+$/u.test(token.text)) return [];
    if (!AGENT_LINKS.has(token.norm)) continue;
    // "the killing of Georgian soldiers": the people harmed, not the doers.
    if (token.norm === 'of' && HARM_NOUNS.has(sentence.tokens[j - 1]?.norm ?? '')) return [];
    const m = sentence.covered[j + 1];
    return m?.kind === 'State' && m.via === 'demonym' && !m.weak
      ? withHyphenPartner(sentence, m)
      : [];
  }
  return [];
}

const PART_OF_SPAN = 8;

/** "condemned the drills as part of Russia's posture": the actor whose act this is part of. */
function partOfTarget(sentence: Sentence, from: number, end: number): Mention[] {
  for (let k = from; k <= end && k < from + PART_OF_SPAN; k += 1) {
    const words = [k, k + 1, k + 2].map((j) => sentence.tokens[j]?.norm);
    if (words[0] === 'as' && words[1] === 'part' && words[2] === 'of')
      return directObject(sentence, k + 3, clauseEnd(sentence, k + 2));
    if (sentence.covered[k] || words[0] === ',') return [];
  }
  return [];
}

const ON = new Set(['on']);
const PREPOSITION_ENDS = new Set(['to', 'with', 'against', 'on', 'at']);

/** "protested to Ankara", "lodged a protest with Beijing": the target follows the trigger. */
function endsWithPreposition(sentence: Sentence, trigger: Trigger): boolean {
  return (
    trigger.end - trigger.start > 1 &&
    PREPOSITION_ENDS.has(sentence.tokens[trigger.end - 1]?.norm ?? '')
  );
}

const NOT_NOUNS = new Set([
  'and',
  'or',
  'but',
  'also',
  'has',
  'have',
  'had',
  'who',
  'which',
  'that',
]);

/**
 * "a move condemned at the time by NATO": a participle after a noun, with its agent after "by"
 * once adverbials are skipped. The agent condemns what the clause's subject did.
 */
function reducedPassiveAgents(sentence: Sentence, trigger: Trigger, end: number): Mention[] {
  const before = sentence.tokens[trigger.start - 1];
  if (!before || sentence.covered[trigger.start - 1] || NOT_NOUNS.has(before.norm)) return [];
  if (!/^\p{Ll}+$/u.test(before.text) || !sentence.tokens[trigger.end - 1]?.norm.endsWith('ed'))
    return [];
  const k = adverbialEnd(sentence, trigger.end, end);
  return sentence.tokens[k]?.norm === 'by' ? groupAfterWord(sentence, k, end, BY, 0) : [];
}

const RELATIVES = new Set(['that', 'which']);
/** Nouns of acts that a reduced relative may follow: "a move Guyana denounced as a threat". */
const EVENT_NOUNS = new Set([
  'move',
  'step',
  'decision',
  'visit',
  'deal',
  'deployment',
  'plan',
  'trip',
]);

/**
 * "war games that Warsaw denounced": the object is the noun before the relative pronoun, so the
 * target is whoever did it — the subject of the clause that names it.
 */
function relativeAntecedentActors(
  ctx: RelationContext,
  sentence: Sentence,
  critics: Mention[],
): Mention[] {
  const first = critics[0];
  if (!first) return [];
  const names = new Set(critics.map((m) => m.name));
  const before = sentence.tokens[first.tokenStart - 1]?.norm ?? '';
  // "a move Guyana denounced": an event noun and its critic with no relative pronoun between.
  if (EVENT_NOUNS.has(before) && !sentence.covered[first.tokenStart - 1]) {
    const opener = sentence.tokens[first.tokenStart - 2]?.norm ?? '';
    if (opener !== 'a' && opener !== 'an' && opener !== 'the') return [];
    return mainSubject(sentence).filter((m) => !names.has(m.name) && m.tokenEnd < first.tokenStart);
  }
  const rel = first.tokenStart - 1;
  const noun = sentence.tokens[rel - 1];
  if (!RELATIVES.has(sentence.tokens[rel]?.norm ?? '') || !noun) return [];
  if (sentence.covered[rel - 1] || !/^\p{Ll}+$/u.test(noun.text)) return [];
  return resolveSubjects(ctx, sentence, rel).subjects.filter((m) => !names.has(m.name));
}

const OBJECT_SPAN = 10;
/** Verbs after which the actor of "that X said ..." is a speaker, not the doer of the act. */
const SAYING = new Set(['said', 'says', 'called', 'described', 'considers', 'denies', 'denied']);

/**
 * "condemned a memorandum that Ethiopia signed with Somaliland": the object is an act named by
 * a relative clause, so the target is the clause's subject.
 */
function objectRelativeAgent(sentence: Sentence, from: number): Mention[] {
  for (let k = from; k < Math.min(sentence.tokens.length, from + OBJECT_SPAN); k += 1) {
    const token = sentence.tokens[k];
    if (!token || sentence.covered[k] || !/^\p{Ll}+$/u.test(token.text)) return [];
    if (!RELATIVES.has(token.norm)) continue;
    if (k === from) return [];
    let j = k + 1;
    if (sentence.tokens[j]?.norm === 'the') j += 1;
    const m = sentence.covered[j];
    const verb = m ? sentence.tokens[m.tokenEnd] : undefined;
    if (!m || m.tokenStart !== j || m.kind === 'Weapon' || !verb || sentence.covered[m.tokenEnd])
      return [];
    if (!/^\p{Ll}+$/u.test(verb.text) || SAYING.has(verb.norm)) return [];
    return [{ ...m, weak: false, modifier: false }];
  }
  return [];
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = clauseEnd(sentence, trigger.end - 1);
  const { subjects, viaPronoun } = resolveSubjects(ctx, sentence, trigger.start);
  let critics = subjects;
  let targets: Mention[];
  const reduced = reducedPassiveAgents(sentence, trigger, end);
  if (reduced.length > 0) {
    const main = mainSubject(sentence);
    targets = main.length > 0 ? main : subjects;
    critics = reduced;
  } else if (isPassive(sentence, trigger.start)) {
    targets = subjects;
    const by = groupAfterWord(sentence, trigger.end, end, BY);
    critics = by.length > 0 ? by : speakersOf(ctx, sentence);
  } else if (trigger.weak) {
    targets = weakTargets(ctx, sentence, trigger, end);
  } else if (endsWithPreposition(sentence, trigger)) {
    targets = directObject(sentence, trigger.end, end);
  } else {
    targets = objectGroup(sentence, trigger.end, end);
    // "criticised the Japan-Philippines agreement": both sides of the pair.
    if (targets.length === 1) targets = withHyphenPartner(sentence, targets[0] as Mention);
    if (targets.length === 0) targets = demonymTarget(sentence, trigger.end, end);
    if (targets.length === 0) targets = partOfTarget(sentence, trigger.end, end);
    if (targets.length === 0 && trigger.lemma === 'blame')
      targets = groupAfterWord(sentence, trigger.end, end, ON, 8);
    if (targets.length === 0) targets = objectRelativeAgent(sentence, trigger.end);
    if (targets.length === 0) targets = eventReferent(ctx, sentence, trigger.end, end);
    if (targets.length === 0) targets = relativeAntecedentActors(ctx, sentence, subjects);
  }
  const confidence = (trigger.weak ? 0.65 : 0.8) - (viaPronoun ? 0.1 : 0);
  return pairClaims(
    ctx,
    { type: 'CONDEMNS', sentence, at: trigger.start, confidence, rule: 'condemn-verb' },
    critics,
    targets,
  );
}

export const condemnVerbRule: RelationExtractor = triggeredRule(
  'condemn-verb',
  (t) => t.type === 'CONDEMNS' && t.pos === 'verb' && t.roles !== 'reported',
  extractOne,
);
