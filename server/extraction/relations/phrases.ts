/** Small phrase helpers shared by relation rules. */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import {
  BE_FORMS,
  PREPOSITIONS,
  TITLE_WORDS,
  actorsIn,
  coordinatedGroup,
  isActor,
  possessedActorAfter,
} from './clauses.js';
import type { RelationContext } from './RelationContext.js';
import { resolvePronoun } from './resolveSubjects.js';
import { DETERMINERS as COMMON_DETERMINERS } from './determiners.js';

const DETERMINERS = new Set([...COMMON_DETERMINERS, 'two', 'three', 'other']);
const ADVERBS = new Set([
  'also',
  'reportedly',
  'allegedly',
  'already',
  'now',
  'still',
  'being',
  'not',
  'never',
  'recently',
  'previously',
  'later',
  'further',
  'secretly',
  'illegally',
  'repeatedly',
  'publicly',
  'openly',
  'directly',
  'jointly',
]);
const IRREGULAR_PARTICIPLES = new Set([
  'sold',
  'sent',
  'given',
  'made',
  'built',
  'bought',
  'shown',
  'held',
  'met',
  'seen',
]);

/** "were supplied", "should be condemned", "has been criticized". */
export function isPassive(sentence: Sentence, t: number): boolean {
  const verb = sentence.tokens[t]?.norm ?? '';
  if (!verb.endsWith('ed') && !IRREGULAR_PARTICIPLES.has(verb)) return false;
  for (let k = t - 1; k >= Math.max(0, t - 3); k -= 1) {
    const w = sentence.tokens[k]?.norm ?? '';
    if (BE_FORMS.has(w) && w !== "'s") return true;
    if (!ADVERBS.has(w)) return false;
  }
  return false;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);
/** Military and civil titles written short: "Capt. Ibrahim Traore", "Gen. Tchiani". */
const TITLE_ABBREVIATIONS = new Set([
  'gen',
  'gen.',
  'capt',
  'capt.',
  'col',
  'col.',
  'lt',
  'lt.',
  'maj',
  'maj.',
  'adm',
  'adm.',
  'brig',
  'brig.',
]);

/** Skips determiners, title words and qualifying mentions: "with South Korean Foreign Minister Park Jin". */
function skipToActor(sentence: Sentence, j: number, to: number): number {
  let plain = 0;
  for (let hops = 0; j < to && hops < 8; hops += 1) {
    const covering = sentence.covered[j];
    const token = sentence.tokens[j];
    const norm = token?.norm ?? '';
    if (covering?.modifier || (covering?.kind === 'State' && covering.weak)) {
      j = covering.tokenEnd;
      // "Niger's President X": the possessive mark of a qualifying State.
      if (POSSESSIVE_MARKS.has(sentence.tokens[j]?.norm ?? '') && !sentence.covered[j]) j += 1;
    } else if (
      !covering &&
      token?.text === '-' &&
      sentence.covered[j - 1]?.modifier &&
      /^\p{Ll}+ed$/u.test(sentence.tokens[j + 1]?.text ?? '')
    ) {
      // "the Tripoli-based government": the participle after a qualifying name.
      j += 2;
    } else if (!covering && isHyphenJoin(sentence, j)) {
      // "junta-appointed Foreign Minister X": a compound modifier before a title.
      j += 2;
    } else if (
      !covering &&
      norm === 'from' &&
      COUNTERPARTS.has(sentence.tokens[j - 1]?.norm ?? '')
    ) {
      // "met her counterpart from Indonesia".
      j += 1;
    } else if (!covering && norm === 'of' && isTitleOf(sentence, j)) {
      // "Secretary of State Marco Rubio", "Minister of Defence X".
      j += 1;
    } else if (!covering && TITLE_ABBREVIATIONS.has(norm)) {
      j += sentence.tokens[j + 1]?.text === '.' ? 2 : 1;
    } else if (!covering && norm === 'of' && GROUP_NOUNS.has(sentence.tokens[j - 1]?.norm ?? ''))
      j += 1;
    else if (!covering && (DETERMINERS.has(norm) || TITLE_WORDS.has(norm))) j += 1;
    else if (
      !covering &&
      plain < 2 &&
      /^\p{Ll}+$/u.test(token?.text ?? '') &&
      !PREPOSITIONS.has(norm) &&
      !LINKS.has(norm)
    ) {
      plain += 1;
      j += 1;
    } else break;
  }
  return j;
}

const COUNTERPARTS = new Set(['counterpart', 'counterparts']);

/** "junta-appointed", "newly-elected": a hyphen inside a lower-case compound word. */
function isHyphenJoin(sentence: Sentence, j: number): boolean {
  const dash = sentence.tokens[j];
  const next = sentence.tokens[j + 1];
  return (
    dash?.text === '-' &&
    !dash.spaceBefore &&
    next !== undefined &&
    !next.spaceBefore &&
    /^\p{Ll}+$/u.test(next.text) &&
    /^\p{Ll}+$/u.test(sentence.tokens[j - 1]?.text ?? '') &&
    !sentence.covered[j + 1]
  );
}

/** "of" inside a title: a title word on both sides ("Secretary of State", "Minister of Defence"). */
function isTitleOf(sentence: Sentence, j: number): boolean {
  return (
    TITLE_WORDS.has(sentence.tokens[j - 1]?.norm ?? '') &&
    TITLE_WORDS.has(sentence.tokens[j + 1]?.norm ?? '') &&
    sentence.tokens[j + 1]?.upper === true
  );
}

/** "officers of the Guyana Defence Force": people standing for the body named after "of". */
const GROUP_NOUNS = new Set([
  'officers',
  'officials',
  'members',
  'representatives',
  'delegation',
  'delegates',
  'leaders',
  'envoys',
  'commanders',
  'troops',
  'forces',
  'fighters',
]);

const LINKS = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'said', 'says', 'as']);

/**
 * Group of actors right after one of `words` ("to Russia", "by the DPRK", "between A, B and C");
 * the word must start within `within` tokens of `from`; the group may run to `to`.
 */
export function groupAfterWord(
  sentence: Sentence,
  from: number,
  to: number,
  words: ReadonlySet<string>,
  within = to - from,
): Mention[] {
  for (let k = Math.max(0, from); k < Math.min(to, from + within + 1); k += 1) {
    if (sentence.covered[k] || !words.has(sentence.tokens[k]?.norm ?? '')) continue;
    if (sentence.tokens[k - 1]?.norm === 'according') continue;
    const j = skipToActor(sentence, k + 1, to);
    const m = possessedActorAfter(sentence, sentence.covered[j], to);
    if (!m || !isActor(m)) continue;
    return coordinatedGroup(sentence, m, actorsIn(sentence, m.tokenStart, to));
  }
  return [];
}

/** Actor directly after token `from`, skipping determiners (a direct or indirect object). */
export function directObject(sentence: Sentence, from: number, to: number): Mention[] {
  const j = skipToActor(sentence, from, to);
  const m = possessedActorAfter(sentence, sentence.covered[j], to);
  if (!m || !isActor(m)) return [];
  return coordinatedGroup(sentence, m, actorsIn(sentence, m.tokenStart, to));
}

export function weaponsIn(sentence: Sentence, from: number, to: number): Mention[] {
  return sentence.mentions.filter(
    (m) => m.kind === 'Weapon' && m.tokenStart >= from && m.tokenStart < to,
  );
}

const MODIFIER_WORDS = new Set([
  'alleged',
  'treaty',
  "'",
  'continued',
  'continuing',
  'illegal',
  'illicit',
  'military',
  'arms',
  'weapons',
  'further',
  'new',
  'latest',
  'recent',
  'planned',
  'proposed',
  'possible',
  'potential',
  'growing',
  'closer',
  'close',
  'main',
  'key',
  'major',
  'top',
  'biggest',
  'largest',
  'strategic',
  'security',
  'defence',
  'defense',
  'broader',
  'deepening',
  'first',
  'two-day',
  'three-way',
  'trilateral',
  'bilateral',
  'direct',
  'secret',
  'covert',
  'massive',
  'additional',
  'foreign',
  'ministers',
  'leaders',
  'summit',
  'annual',
  'official',
  'state',
  'asia',
  'trip',
  'technical',
  'economic',
  'staunch',
  'closest',
  'longtime',
  'long-time',
  'traditional',
  'ironclad',
  'steadfast',
  'only',
  'oldest',
  'most',
  'important',
  'reliable',
  'strongest',
  'sharp',
  'strong',
]);

/**
 * The agent written before a noun trigger: a possessor ("North Korea's provision", "its
 * provision"), a modifier ("U.S. arms sales", "Iranian drone deliveries", "G7 meeting").
 */
export function leftAgent(ctx: RelationContext, sentence: Sentence, t: number): Mention[] {
  for (let k = t - 1; k >= Math.max(0, t - 6); k -= 1) {
    const token = sentence.tokens[k];
    const covering = sentence.covered[k];
    if (!token) return [];
    if (covering) {
      if (covering.kind === 'Weapon') {
        k = covering.tokenStart;
        continue;
      }
      if (covering.orgType === 'newsOutlet') return [];
      if (covering.kind === 'State' && covering.weak) return [{ ...covering, weak: false }];
      return isActor(covering) || covering.modifier ? [covering] : [];
    }
    if (
      token.norm === 'its' ||
      token.norm === 'their' ||
      token.norm === 'his' ||
      token.norm === 'her' ||
      token.norm === 'our'
    ) {
      return resolvePronoun(ctx, sentence, token.norm, k);
    }
    if (
      token.norm === "'s" ||
      token.text === '-' ||
      token.text === '"' ||
      token.text === '“' ||
      MODIFIER_WORDS.has(token.norm)
    )
      continue;
    return [];
  }
  return [];
}

/** Two actors joined by a hyphen right before `t`: "Blinken-Yoon meeting", "U.S.-South Korea cooperation". */
export function hyphenPair(sentence: Sentence, t: number): Mention[] {
  let k = t - 1;
  while (k >= 0 && !sentence.covered[k] && MODIFIER_WORDS.has(sentence.tokens[k]?.norm ?? ''))
    k -= 1;
  const b = sentence.covered[k];
  if (!b || !isActor(b)) return [];
  const dash = sentence.tokens[b.tokenStart - 1];
  const a = sentence.covered[b.tokenStart - 2];
  if (dash?.text !== '-' || !a || !(isActor(a) || a.modifier)) return [];
  return [{ ...a, modifier: false }, b];
}
