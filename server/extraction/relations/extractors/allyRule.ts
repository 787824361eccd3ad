/**
 * ALLIES_WITH from verbs and nouns: "The United States and South Korea closed ranks", "three-way
 * cooperation between Washington, Tokyo and Seoul", "U.S.-South Korea cooperation", "China —
 * North Korea's main ally", "their leaders pledged closer military cooperation", "the allies".
 * Officials stand for their States. Negated ties ("cut ties", "strained relations") do not count.
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import {
  TITLE_WORDS,
  actorsIn,
  clauseEnd,
  coordinatedGroup,
  dedupe,
  isActor,
  subjectGroup,
} from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { groupClaims, liftToState, pairClaims } from '../makeClaim.js';
import { directObject, groupAfterWord, hyphenPair, leftAgent } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { resolvePronoun, resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';
import { jointActors, jointPhraseAt } from '../jointSubject.js';
import { allyPhraseAt, allyReferent } from '../allyReferent.js';

const WITH = new Set(['with']);
const CLOSING_QUOTES = new Set(['"', '”']);
const BETWEEN = new Set(['between', 'among']);
const APPOSITION = new Set([
  ',',
  '—',
  '–',
  '-',
  'is',
  'was',
  'remains',
  'a',
  'an',
  'the',
  'became',
  'has',
  'been',
  'long',
  'both',
  'all',
  'two',
]);
const WARM = new Set([
  'closer',
  'close',
  'deepen',
  'deepening',
  'deepened',
  'deepens',
  'strengthen',
  'strengthened',
  'strengthening',
  'bolster',
  'bolstered',
  'bolstering',
  'military',
  'defence',
  'defense',
  'security',
  'strategic',
  'warm',
  'warming',
  'stronger',
  'growing',
  'expanding',
  'burgeoning',
  'tighter',
  'forge',
  'forged',
  'cement',
  'cemented',
]);

function isNegated(ctx: RelationContext, sentence: Sentence, trigger: Trigger): boolean {
  const negators = ctx.knowledge.triggers.ALLIES_WITH?.negators ?? [];
  for (let k = Math.max(0, trigger.start - 3); k < trigger.start; k += 1)
    if (negators.includes(sentence.tokens[k]?.norm ?? '')) return true;
  return false;
}

function isWarm(sentence: Sentence, trigger: Trigger): boolean {
  for (let k = Math.max(0, trigger.start - 3); k < trigger.start; k += 1)
    if (WARM.has(sentence.tokens[k]?.norm ?? '')) return true;
  return false;
}

/** "China — North Korea's main ally": the actor the possessive phrase is in apposition to. */
function appositionPartner(sentence: Sentence, possessor: Mention, trigger: Trigger): Mention[] {
  for (let k = possessor.tokenStart - 1; k >= Math.max(0, possessor.tokenStart - 6); k -= 1) {
    const m = sentence.covered[k];
    if (m && (m.modifier || m.weak)) {
      k = m.tokenStart;
      continue;
    }
    if (m) return isActor(m) ? coordinatedGroup(sentence, m, actorsIn(sentence, 0, k + 1)) : [];
    const norm = sentence.tokens[k]?.norm ?? '';
    if (!APPOSITION.has(norm) && !TITLE_WORDS.has(norm)) break;
  }
  const after = sentence.covered[trigger.end];
  return after && isActor(after) ? [after] : [];
}

/** "the allies" with no names: the two States the sentence is about. */
function salientStates(sentence: Sentence): Mention[] {
  const states = dedupe(
    sentence.mentions
      .filter(isActor)
      .map(liftToState)
      .filter((m) => m.kind === 'State'),
  );
  return states.length === 2 ? states : [];
}

const OF = new Set(['of']);

/** "the junta's partnership": a possessor that is no entity leaves the relation unknown. */
function hasOtherPossessor(sentence: Sentence, trigger: Trigger): boolean {
  for (let k = trigger.start - 1; k >= Math.max(0, trigger.start - 4); k -= 1) {
    const text = sentence.tokens[k]?.text ?? '';
    if (text === "'s" || text === "'") return !sentence.covered[k - 1];
    if (sentence.covered[k] || !/^\p{Ll}/u.test(text)) return false;
  }
  return false;
}

/** The actor a noun phrase is in apposition to: "Egypt, a close ally of ...", "India, a key partner". */
function appositionHead(sentence: Sentence, t: number): Mention[] {
  let sawComma = false;
  for (let k = t - 1; k >= Math.max(0, t - 6); k -= 1) {
    const m = sentence.covered[k];
    if (m) return sawComma && isActor(m) ? [m] : [];
    const norm = sentence.tokens[k]?.norm ?? '';
    if (norm === ',' || norm === '—' || norm === '–') sawComma = true;
    else if (!APPOSITION.has(norm) && !/^\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '')) return [];
  }
  return [];
}

/** The subject of the clause the apposition hangs in: "The United States ... sanctions on India, a key partner". */
function mainSubject(sentence: Sentence, head: Mention): Mention[] {
  const before = subjectGroup(sentence, head.tokenStart).filter((m) => m !== head);
  return before.slice(0, 1);
}

function participants(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
): { a: Mention[]; b: Mention[] } | Mention[] {
  // 'its "allied relations" with Yerevan': a closing quote around the trigger ends no clause.
  const quoted = CLOSING_QUOTES.has(sentence.tokens[trigger.end]?.text ?? '');
  const end = clauseEnd(sentence, quoted ? trigger.end : trigger.end - 1);
  const pair = hyphenPair(sentence, trigger.start);
  if (pair.length === 2) return pair;
  const between = groupAfterWord(sentence, trigger.end, end, BETWEEN, 1);
  if (between.length >= 2) return between;
  const after = partnerAfterTrigger(sentence, trigger, end);
  const partners = after.length > 0 ? after : groupAfterWord(sentence, trigger.end, end, WITH, 2);
  const joint =
    trigger.pos === 'noun'
      ? (smallClauseAllies(ctx, sentence, trigger) ?? jointPossessorAllies(ctx, sentence, trigger))
      : undefined;
  if (joint) return joint;
  const possessor =
    trigger.pos === 'noun' ? allyPossessor(ctx, sentence, trigger).filter(isActor) : [];
  if (possessor.length === 0 && trigger.pos === 'noun' && hasOtherPossessor(sentence, trigger))
    return [];
  const of =
    trigger.lemma === 'ally' || trigger.lemma === 'partnership'
      ? groupAfterWord(sentence, trigger.end, end, OF, 0)
      : [];
  if (possessor.length === 0 && of.length > 0) {
    const head = appositionHead(sentence, trigger.start);
    return {
      a: head.length > 0 ? head : resolveSubjects(ctx, sentence, trigger.start).subjects,
      b: of,
    };
  }
  if (
    possessor.length === 0 &&
    trigger.pos === 'noun' &&
    (trigger.lemma === 'ally' || trigger.lemma === 'partnership')
  ) {
    const head = appositionHead(sentence, trigger.start);
    if (head.length > 0) return { a: head, b: mainSubject(sentence, head[0] as Mention) };
  }
  if (possessor.length > 0) {
    if (partners.length > 0) return { a: possessor, b: partners };
    // "the two leaders ... their military cooperation": a possessor of two is both sides.
    if (
      possessor.length === 2 &&
      !/^(allies|partners)$/.test(sentence.tokens[trigger.end - 1]?.norm ?? '')
    )
      return possessor;
    if (
      trigger.lemma === 'ally' ||
      trigger.lemma === 'allied' ||
      /^partners?$/.test(sentence.tokens[trigger.end - 1]?.norm ?? '')
    )
      return { a: possessor, b: possessedAllyPartner(ctx, sentence, possessor, trigger, end) };
    return [];
  }
  const { subjects } = resolveSubjects(ctx, sentence, trigger.start);
  if (partners.length > 0) return { a: subjects, b: partners };
  if (subjects.length >= 2) return subjects;
  if (trigger.lemma === 'ally' && sentence.tokens[trigger.start]?.norm === 'allies')
    return salientStates(sentence);
  return [];
}

/**
 * The partner of "X's ally": in apposition before it ("China — North Korea's main ally", "from
 * China, its main ally") or named after it ("to its closest ally, Belarus").
 */
function possessedAllyPartner(
  ctx: RelationContext,
  sentence: Sentence,
  possessor: Mention[],
  trigger: Trigger,
  end: number,
): Mention[] {
  const names = new Set(possessor.map((m) => m.name));
  const direct = appositionPartner(sentence, possessor[0] as Mention, trigger);
  if (direct.length > 0) return direct;
  const head = appositionHead(sentence, trigger.start).filter((m) => !names.has(m.name));
  if (head.length > 0) return head;
  // "transferred weapons to its closest ally": the ally named before.
  for (const k of [trigger.start - 1, trigger.start - 2, trigger.start - 3]) {
    if (allyPhraseAt(sentence, k) === trigger.start)
      return allyReferent(ctx, sentence, k, possessor.map(liftToState));
  }
  if (sentence.tokens[trigger.end]?.text !== ',') return [];
  const named = sentence.covered[trigger.end + 1];
  return named && named.tokenEnd <= end && isActor(named) && !names.has(named.name) ? [named] : [];
}

const POSSESSIVE_MARKS = new Set(["'s", "'"]);
const POSSESSOR_SPAN = 4;

/** "the juntas' main security partner", "the three countries' ally": a joint possessor. */
function jointPossessor(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
): { actors: Mention[]; at: number } {
  const none = { actors: [], at: -1 };
  for (let k = trigger.start - 1; k >= Math.max(1, trigger.start - POSSESSOR_SPAN); k -= 1) {
    const token = sentence.tokens[k];
    if (!token || sentence.covered[k]) return none;
    if (!POSSESSIVE_MARKS.has(token.norm)) {
      if (!/^\p{Ll}+$/u.test(token.text)) return none;
      continue;
    }
    for (const start of [k - 2, k - 3]) {
      const phrase = start >= 0 ? jointPhraseAt(sentence, start) : undefined;
      if (phrase && phrase.end === k)
        return { actors: jointActors(ctx, sentence, start, phrase), at: start };
    }
    return none;
  }
  return none;
}

const COUNTRY_NOUNS = new Set(['country', 'nation', 'government']);

/** Whether the trigger is "ally" or ends in "partner(s)". */
function namesAllyOrPartner(sentence: Sentence, trigger: Trigger): boolean {
  return (
    trigger.lemma === 'ally' || /^partners?$/.test(sentence.tokens[trigger.end - 1]?.norm ?? '')
  );
}
const OWNER_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/**
 * "Milei, who has called the United States and Israel his country's main allies": the actors
 * named right before "his country's allies" are allies of the speaker's State.
 */
function smallClauseAllies(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
): { a: Mention[]; b: Mention[] } | undefined {
  if (!namesAllyOrPartner(sentence, trigger)) return undefined;
  let k = trigger.start - 1;
  while (k > 0 && !sentence.covered[k] && /^\p{Ll}+$/u.test(sentence.tokens[k]?.text ?? '')) k -= 1;
  if (sentence.tokens[k]?.norm !== "'s" || !COUNTRY_NOUNS.has(sentence.tokens[k - 1]?.norm ?? ''))
    return undefined;
  const p = k - 2;
  const word = sentence.tokens[p]?.norm ?? '';
  const named = sentence.covered[p - 1];
  if (!OWNER_PRONOUNS.has(word) || !named || !isActor(named)) return undefined;
  const group = coordinatedGroup(sentence, named, actorsIn(sentence, 0, p));
  const owner =
    word === 'his' || word === 'her'
      ? resolvePronoun(ctx, sentence, word, p)
      : resolveSubjects(ctx, sentence, group[0]?.tokenStart ?? p).subjects;
  const names = new Set(group.map((m) => m.name));
  return { a: owner.filter((m) => !names.has(m.name)).map(liftToState), b: group };
}

/** "Russia has become the juntas' main partner": the subject allies with each of the group. */
function jointPossessorAllies(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
): { a: Mention[]; b: Mention[] } | undefined {
  if (!namesAllyOrPartner(sentence, trigger)) return undefined;
  const joint = jointPossessor(ctx, sentence, trigger);
  if (joint.actors.length < 2) return undefined;
  const names = new Set(joint.actors.map((m) => m.name));
  const head = appositionHead(sentence, joint.at);
  const subject = head.length > 0 ? head : resolveSubjects(ctx, sentence, joint.at).subjects;
  return { a: joint.actors, b: subject.filter((m) => !names.has(liftToState(m).name)) };
}

/** "its NATO ally Turkey": an alliance named before "ally" qualifies it; the possessor is before. */
function allyPossessor(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Mention[] {
  const before = sentence.covered[trigger.start - 1];
  if (before?.kind === 'Organization' && before.orgType === 'international') {
    const outer = leftAgent(ctx, sentence, before.tokenStart);
    if (outer.length > 0) return outer;
  }
  return leftAgent(ctx, sentence, trigger.start);
}

/** "allied with Hezbollah", "fighting alongside the M23": the partner follows the trigger. */
function partnerAfterTrigger(sentence: Sentence, trigger: Trigger, end: number): Mention[] {
  const last = sentence.tokens[trigger.end - 1]?.norm ?? '';
  return last === 'with' || last === 'alongside' ? directObject(sentence, trigger.end, end) : [];
}

const PACT_NOUNS = new Set([
  'agreement',
  'pact',
  'treaty',
  'accord',
  'alliance',
  'confederation',
  'coalition',
  'bloc',
]);
const PACT_KINDS = new Set([
  'defence',
  'defense',
  'security',
  'military',
  'access',
  'mutual',
  'mutual-defence',
  'mutual-defense',
  'alliance',
  'cooperation',
  'partnership',
  'status',
  'forces',
]);

const GROUPS = new Set(['alliance', 'confederation', 'coalition', 'bloc', 'pact']);

function isSigning(sentence: Sentence, trigger: Trigger): boolean {
  return /^sign/.test(sentence.tokens[trigger.start]?.norm ?? '');
}

/** "Japan and the Philippines signed a Reciprocal Access Agreement", "signed a defence pact with". */
function signedPact(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const end = clauseEnd(sentence, trigger.end - 1);
  let pact = -1;
  let kind = false;
  for (let k = trigger.end; k < Math.min(end, trigger.end + 8); k += 1) {
    const norm = sentence.tokens[k]?.norm ?? '';
    if (PACT_KINDS.has(norm)) kind = true;
    if (PACT_NOUNS.has(norm)) {
      pact = k;
      break;
    }
  }
  if (pact < 0) return [];
  const signing = isSigning(sentence, trigger);
  if (signing ? !kind : !GROUPS.has(sentence.tokens[pact]?.norm ?? '')) return [];
  const { subjects } = resolveSubjects(ctx, sentence, trigger.start);
  const partners = groupAfterWord(sentence, trigger.end, end, WITH, 12);
  const base = {
    type: 'ALLIES_WITH' as const,
    sentence,
    at: trigger.start,
    confidence: 0.75,
    rule: 'ally-pact',
  };
  const a = dedupe(subjects.map(liftToState));
  if (partners.length > 0) return pairClaims(ctx, base, a, dedupe(partners.map(liftToState)));
  return a.length >= 2 ? groupClaims(ctx, base, a) : [];
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  if (isNegated(ctx, sentence, trigger)) return [];
  if (trigger.lemma === 'sign') return signedPact(ctx, sentence, trigger);
  if (trigger.weak && !isWarm(sentence, trigger)) return [];
  const found = participants(ctx, sentence, trigger);
  const base = {
    type: 'ALLIES_WITH' as const,
    sentence,
    at: trigger.start,
    confidence: trigger.pos === 'verb' ? 0.8 : 0.7,
    rule: 'ally',
  };
  if (Array.isArray(found)) return groupClaims(ctx, base, dedupe(found.map(liftToState)));
  const claims = pairClaims(
    ctx,
    base,
    dedupe(found.a.map(liftToState)),
    dedupe(found.b.map(liftToState)),
  );
  const officials = (list: Mention[]) => list.filter((m) => m.kind === 'Official');
  return [...claims, ...pairClaims(ctx, base, officials(found.a), officials(found.b))];
}

export const allyRule: RelationExtractor = triggeredRule(
  'ally',
  (t) => t.type === 'ALLIES_WITH',
  extractOne,
);
