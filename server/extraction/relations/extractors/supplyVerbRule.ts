/**
 * SUPPLIES from verbs: "North Korea has been supplying artillery shells to Russia", "providing
 * Russia with munitions", passive "were delivered to Ukraine by Germany", and recipient verbs
 * "Russia received drones from Iran". The object must hold a weapon or military aid.
 */
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Claim } from '../Claim.js';
import { clauseEnd, clauseStart, dedupe } from '../clauses.js';
import type { Trigger } from '../findTriggers.js';
import { liftToState, pairClaims, recipientsOf } from '../makeClaim.js';
import { directObject, groupAfterWord, isPassive, weaponsIn } from '../phrases.js';
import type { RelationContext } from '../RelationContext.js';
import { resolvePronoun, resolveSubjects } from '../resolveSubjects.js';
import type { RelationExtractor } from '../RelationExtractor.js';
import { triggeredRule } from '../triggeredRule.js';
import { allyPhraseAt, allyReferent, namedAlly } from '../allyReferent.js';
import { ARTICLES_AND_POSSESSIVES } from '../determiners.js';

const TO = new Set(['to']);
const BY = new Set(['by']);
const FROM = new Set(['from']);
const WITH = new Set(['with']);
const AID = new Set(['aid', 'assistance', 'support', 'help', 'package', 'packages']);

export function hasMilitaryAid(sentence: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k += 1) {
    const a = sentence.tokens[k]?.norm;
    const b = sentence.tokens[k + 1]?.norm ?? '';
    if (
      (a === 'military' ||
        a === 'security' ||
        a === 'lethal' ||
        a === 'defence' ||
        a === 'defense') &&
      AID.has(b)
    )
      return true;
  }
  return false;
}

interface Roles {
  suppliers: Mention[];
  recipients: Mention[];
  weapons: Mention[];
  viaPronoun: boolean;
}

/** "obtained drones from Iran and shells from North Korea": each "from" takes the weapons before it. */
function fromSegments(
  sentence: Sentence,
  from: number,
  end: number,
): { suppliers: Mention[]; weapons: Mention[] }[] {
  const out: { suppliers: Mention[]; weapons: Mention[] }[] = [];
  let start = from;
  for (let k = from; k < end; k += 1) {
    if (sentence.tokens[k]?.norm !== 'from' || sentence.covered[k]) continue;
    const suppliers = groupAfterWord(sentence, k, end, FROM, 0);
    if (suppliers.length === 0) continue;
    const after = (suppliers[suppliers.length - 1] as Mention).tokenEnd;
    out.push({
      suppliers,
      weapons: dedupe([...weaponsIn(sentence, start, k), ...includedWeapons(sentence, after, end)]),
    });
    start = after;
  }
  return out;
}

/** ", including the Bayraktar TB2 drones": weapons listed right after a supplier. */
function includedWeapons(sentence: Sentence, from: number, end: number): Mention[] {
  let k = from;
  if (sentence.tokens[k]?.text === ',') k += 1;
  const word = sentence.tokens[k]?.norm;
  if (word !== 'including' && word !== 'notably' && word !== 'such') return [];
  return weaponsIn(sentence, k + 1, Math.min(end, k + 12));
}

/** Weapons of an object, up to a comma that opens another clause ("..., Dutch Defence Minister X said"). */
export function objectWeapons(sentence: Sentence, from: number, end: number): Mention[] {
  for (let k = from; k < end; k += 1) {
    if (sentence.tokens[k]?.text !== ',' || sentence.covered[k]) continue;
    const next = sentence.covered[k + 1];
    const token = sentence.tokens[k + 1];
    const linked =
      token?.norm === 'and' || token?.norm === 'but' ? sentence.covered[k + 2] : undefined;
    if (
      (next && next.kind !== 'Weapon') ||
      (!next && token?.upper) ||
      (linked && linked.kind !== 'Weapon')
    )
      return weaponsIn(sentence, from, k);
  }
  return weaponsIn(sentence, from, end);
}

/** "weapons bought from France": a weapon right before a participle of a recipient verb. */
function reducedRelativeWeapons(sentence: Sentence, trigger: Trigger): Mention[] {
  const before = sentence.covered[trigger.start - 1];
  const verb = sentence.tokens[trigger.start]?.norm ?? '';
  if (before?.kind !== 'Weapon' || !(verb.endsWith('ed') || verb === 'bought')) return [];
  return [before];
}

/** "bought Chinese-made drones": the State an origin adjective names supplied the buyer. */
function madeBy(ctx: RelationContext, sentence: Sentence, from: number, end: number): Mention[] {
  const markers = ctx.knowledge.triggers.SUPPLIES?.madeMarkers ?? [];
  for (let k = from; k < Math.min(end, from + 8); k += 1) {
    const m = sentence.covered[k];
    if (!m || m.kind !== 'State') continue;
    const dash = sentence.tokens[m.tokenEnd];
    const marker = sentence.tokens[m.tokenEnd + 1]?.norm ?? '';
    if (dash?.text === '-' && !dash.spaceBefore && markers.includes(marker))
      return [{ ...m, weak: false, modifier: false }];
  }
  return [];
}

function rolesOf(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Roles[] {
  const end = clauseEnd(sentence, trigger.end - 1);
  const after =
    trigger.lemma === 'share'
      ? weaponsIn(sentence, trigger.end, Math.min(end, trigger.end + 3))
      : objectWeapons(sentence, trigger.end, end);
  const { subjects, viaPronoun } = resolveSubjects(ctx, sentence, trigger.start);
  if (trigger.roles === 'recipient') {
    if (isPassive(sentence, trigger.start)) return [];
    const reduced = reducedRelativeWeapons(sentence, trigger);
    if (reduced.length > 0)
      return fromSegments(sentence, trigger.end, end).map((seg) => ({
        ...seg,
        weapons: dedupe([...reduced, ...seg.weapons]),
        recipients: [],
        viaPronoun,
      }));
    const segments = fromSegments(sentence, trigger.end, end);
    const origin = madeBy(ctx, sentence, trigger.end, end);
    if (segments.length === 0 && origin.length > 0)
      segments.push({ suppliers: origin, weapons: after });
    return segments.map((seg) => ({ ...seg, recipients: subjects, viaPronoun }));
  }
  return [agentRoles(ctx, sentence, trigger, end, after, subjects, viaPronoun)];
}

/** "the weapons seized — including rocket launchers — had been supplied": dashes do not end it. */
function passiveStart(sentence: Sentence, t: number): number {
  let start = clauseStart(sentence, t);
  for (let hops = 0; hops < 3; hops += 1) {
    const mark = sentence.tokens[start - 1]?.text ?? '';
    if (mark !== '—' && mark !== '–' && mark !== '(' && mark !== ')') break;
    start = clauseStart(sentence, start - 1);
  }
  return start;
}

/**
 * "Most of Serbia's fleet of MiG-29 jets was donated by Russia": in a passive, the possessor of
 * the weapons delivered is their recipient.
 */
function ownerOfWeapons(sentence: Sentence, from: number, t: number): Mention[] {
  for (let k = from; k < t; k += 1) {
    const m = sentence.covered[k];
    if (!m || m.kind === 'Weapon' || m.tokenStart !== k) continue;
    const mark = sentence.tokens[m.tokenEnd]?.norm ?? '';
    if ((mark === "'s" || mark === "'") && weaponsIn(sentence, m.tokenEnd, t).length > 0)
      return [{ ...m, weak: false, modifier: false }];
  }
  return [];
}

/** "armed and trained the SDF", "trained, financed and armed": the object follows the last verb. */
function afterCoordinatedVerbs(sentence: Sentence, from: number): number {
  let k = from;
  for (let hops = 0; hops < 3; hops += 1) {
    const link = sentence.tokens[k]?.norm;
    const verb = sentence.tokens[k + 1]?.norm ?? '';
    if ((link === 'and' || link === ',') && /^\p{Ll}+ed$/u.test(verb) && !sentence.covered[k + 1])
      k += 2;
    else break;
  }
  return k;
}

const TO_SPAN = 8;

/** "transferred tactical nuclear weapons to its closest ally": the ally the article named. */
function toBareAlly(
  ctx: RelationContext,
  sentence: Sentence,
  from: number,
  end: number,
  suppliers: Mention[],
): Mention[] {
  for (let k = from; k < Math.min(end, from + TO_SPAN); k += 1) {
    if (sentence.tokens[k]?.norm !== 'to' || sentence.covered[k]) continue;
    const named = namedAlly(sentence, k + 1);
    if (named.length > 0) return named;
    if (allyPhraseAt(sentence, k + 1) < 0) return [];
    return allyReferent(ctx, sentence, k + 1, suppliers.map(liftToState));
  }
  return [];
}

const OBJECT_PRONOUNS = new Set(['it', 'them', 'him']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her']);
/** Nouns that make "his forces" stand for the forces' owner. */
const FORCE_NOUNS = new Set(['forces', 'troops', 'army', 'military', 'government', 'fighters']);

const COUNTRY_NOUNS = new Set(['country', 'nation']);

/** "trains Somali troops and has supplied the country with drones": the last other State named. */
function theCountry(sentence: Sentence, at: number, suppliers: Mention[]): Mention[] {
  const names = new Set(suppliers.map((m) => liftToState(m).name));
  const states = sentence.mentions
    .filter((m) => m.tokenEnd <= at && m.kind === 'State' && !names.has(m.name))
    .map((m) => ({ ...m, weak: false, modifier: false }));
  const last = states[states.length - 1];
  return last ? [last] : [];
}

/**
 * "supplying it with drones", "supplied his forces with warplanes": a pronoun object names the
 * recipient mentioned before, never the supplier itself.
 */
function pronounObject(
  ctx: RelationContext,
  sentence: Sentence,
  at: number,
  suppliers: Mention[],
): Mention[] {
  const word = sentence.tokens[at]?.norm ?? '';
  if (word === 'the' && COUNTRY_NOUNS.has(sentence.tokens[at + 1]?.norm ?? ''))
    return theCountry(sentence, at, suppliers);
  const owner =
    POSSESSIVE_PRONOUNS.has(word) && FORCE_NOUNS.has(sentence.tokens[at + 1]?.norm ?? '');
  if (!OBJECT_PRONOUNS.has(word) && !owner) return [];
  const asked = word === 'them' ? 'they' : word === 'him' ? 'he' : word === 'it' ? 'its' : word;
  const names = new Set(suppliers.map((m) => m.name));
  // "it"/"them" need an antecedent in the sentence: "those who arm them" names no recipient.
  return resolvePronoun(ctx, sentence, asked, at).filter(
    (m) => !names.has(m.name) && (owner || sentence.mentions.includes(m)),
  );
}

function agentRoles(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  end: number,
  after: Mention[],
  subjects: Mention[],
  viaPronoun: boolean,
): Roles {
  if (isPassive(sentence, trigger.start)) {
    const start = passiveStart(sentence, trigger.start);
    const before = weaponsIn(sentence, start, trigger.start);
    const to = groupAfterWord(sentence, trigger.end, end, TO);
    const recipients = to.length > 0 ? to : subjects;
    return {
      suppliers: groupAfterWord(sentence, trigger.end, end, BY),
      recipients:
        recipients.length > 0 ? recipients : ownerOfWeapons(sentence, start, trigger.start),
      weapons: dedupe([...before, ...after]),
      viaPronoun,
    };
  }
  const objectAt = afterCoordinatedVerbs(sentence, trigger.end);
  const named = directObject(sentence, objectAt, end);
  const direct = named.length > 0 ? named : pronounObject(ctx, sentence, objectAt, subjects);
  const to = groupAfterWord(sentence, trigger.end, end, trigger.lemma === 'share' ? WITH : TO);
  const recipients = dedupe([...direct, ...to]);
  return {
    suppliers: subjects,
    recipients:
      recipients.length > 0 ? recipients : toBareAlly(ctx, sentence, trigger.end, end, subjects),
    weapons: after,
    viaPronoun,
  };
}

const NOUN_BEFORE = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  "'s",
  'this',
  'that',
  'any',
  'alleged',
  'continued',
  'further',
  'illegal',
  'illicit',
  'arms',
  'weapons',
  'military',
  'new',
  'possible',
  'future',
]);
const NEEDS_RECIPIENT = new Set([
  'deliver',
  'send',
  'ship',
  'give',
  'offer',
  'pledge',
  'approve',
  'smuggle',
  'funnel',
]);

/** "the supply of arms" is a noun; the verb rule leaves it to the noun rule. */
export function looksNominal(sentence: Sentence, t: number): boolean {
  const before = sentence.tokens[t - 1];
  return NOUN_BEFORE.has(before?.norm ?? '') || sentence.covered[t - 1]?.kind === 'Weapon';
}

function claimsFor(
  ctx: RelationContext,
  sentence: Sentence,
  trigger: Trigger,
  roles: Roles,
): Claim[] {
  if (roles.suppliers.length === 0) return [];
  if (NEEDS_RECIPIENT.has(trigger.lemma) && roles.recipients.length === 0) return [];
  const end = clauseEnd(sentence, trigger.end - 1);
  if (
    roles.weapons.length === 0 &&
    !ARMING.has(trigger.lemma) &&
    !hasMilitaryAid(sentence, trigger.end, end)
  )
    return [];
  const confidence = (trigger.weak ? 0.7 : 0.8) - (roles.viaPronoun ? 0.1 : 0);
  const base = {
    type: 'SUPPLIES' as const,
    sentence,
    at: trigger.start,
    confidence,
    rule: 'supply-verb',
  };
  const suppliers = dedupe(roles.suppliers.map(liftToState));
  const recipients = dedupe(roles.recipients.flatMap(recipientsOf));
  return [
    ...pairClaims(ctx, base, suppliers, recipients),
    ...pairClaims(ctx, base, suppliers, roles.weapons),
  ];
}

/** Verbs that say weapons were given without naming them: "has armed the rebels". */
const ARMING = new Set(['arm']);
const AUXILIARY = new Set(['has', 'have', 'had', 'been', 'was', 'were', 'is', 'are', 'be', 'and']);

/** "armed" is a verb only after an auxiliary ("has armed", "were armed by"), else an adjective. */
function isArmingVerb(sentence: Sentence, trigger: Trigger): boolean {
  if (sentence.tokens[trigger.start]?.norm !== 'armed') return true;
  return AUXILIARY.has(sentence.tokens[trigger.start - 1]?.norm ?? '');
}

const REDUCED_PARTICIPLES = new Set(['sold', 'sent', 'given']);

/**
 * "K9 howitzers supplied by South Korean manufacturers", "missiles sold by Iran": a participle
 * right after the weapons, with its agent after "by", supplies them to the clause's subject.
 */
function reducedPassive(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  const weapon = sentence.covered[trigger.start - 1];
  const verb = sentence.tokens[trigger.start]?.norm ?? '';
  if (weapon?.kind !== 'Weapon' || trigger.roles !== 'agent') return [];
  if (!verb.endsWith('ed') && !REDUCED_PARTICIPLES.has(verb)) return [];
  if (sentence.tokens[trigger.end]?.norm !== 'by') return [];
  const end = clauseEnd(sentence, trigger.end);
  const suppliers = groupAfterWord(sentence, trigger.end, end, BY, 0);
  if (suppliers.length === 0) return [];
  const weapons = weaponsIn(sentence, clauseStart(sentence, weapon.tokenStart), trigger.start);
  const { subjects } = resolveSubjects(ctx, sentence, weapon.tokenStart);
  return claimsFor(ctx, sentence, trigger, {
    suppliers,
    recipients: subjects.filter((m) => !suppliers.some((x) => x.name === m.name)),
    weapons,
    viaPronoun: false,
  });
}

function extractOne(ctx: RelationContext, sentence: Sentence, trigger: Trigger): Claim[] {
  if (trigger.lemma === 'arm' && !isArmingVerb(sentence, trigger)) return [];
  const passive = reducedPassive(ctx, sentence, trigger);
  if (passive.length > 0) return passive;
  const reduced =
    trigger.roles === 'recipient' && reducedRelativeWeapons(sentence, trigger).length > 0;
  if (!reduced && looksNominal(sentence, trigger.start)) return [];
  return rolesOf(ctx, sentence, trigger).flatMap((roles) =>
    claimsFor(ctx, sentence, trigger, roles),
  );
}

export const supplyVerbRule: RelationExtractor = triggeredRule(
  'supply-verb',
  (t) => t.type === 'SUPPLIES' && t.pos === 'verb',
  extractOne,
);
