/**
 * Shallow syntax over tokens and mentions: clause edges, prepositional objects, coordinated
 * groups ("the United States and South Korea, along with Japan"), subjects and objects of a
 * trigger. No parser is available offline, so these are careful heuristics.
 */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import { DETERMINERS as COMMON_DETERMINERS } from './determiners.js';
import { MONTHS, WEEKDAYS } from './calendarWords.js';

export const PREPOSITIONS = new Set(
  'in on at to from with by for of about over against between among into during toward towards through under after before amid despite like than via across around behind beyond near since upon within without per following ahead off onto inside outside'.split(
    ' ',
  ),
);
const BOUNDARY_WORDS = new Set([
  'that',
  'as',
  'while',
  'when',
  'because',
  'although',
  'though',
  'whereas',
  'which',
  'who',
  'whom',
  'where',
  'but',
  'if',
  'unless',
  'whether',
  'so',
  'after',
  'before',
  'since',
]);
const BOUNDARY_MARKS = new Set([';', ':', '—', '–', '“', '”', '"', '(', ')']);
const COORD_WORDS = new Set([
  ',',
  'and',
  'or',
  'along',
  'together',
  'with',
  'as',
  'well',
  'including',
  'both',
  'plus',
  '&',
  'the',
  "'s",
  'its',
  'his',
  'her',
  'their',
  'also',
  'nor',
  'neither',
  'either',
  // "Turkey and its allied Syrian National Army", "Russia and its ally Belarus".
  'allied',
  'ally',
]);
const LINKING = new Set([
  'and',
  'or',
  'along',
  'together',
  'including',
  'plus',
  '&',
  'nor',
  'well',
]);
const DETERMINERS = new Set([...COMMON_DETERMINERS, 'some']);
/** Single words of titles and roles, allowed inside coordinated groups ("Yoon and Foreign Minister Park"). */
export const TITLE_WORDS = new Set(
  'president vice prime minister ministers foreign defence defense secretary state leader leaders leadership counterpart counterparts officials official chancellor king queen prince general spokesperson spokesman spokeswoman ambassador envoy chief commander premier senator lawmaker lawmakers diplomat diplomats top senior deputy supreme national security adviser advisor director head chairman representative congressman congresswoman ruler rulers'.split(
    ' ',
  ),
);
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re"]);

/** Mentions that can take part in a relation as an actor. */
export function isActor(m: Mention): boolean {
  return m.kind !== 'Weapon' && !m.weak && !m.modifier && m.orgType !== 'newsOutlet';
}

/** "has since delivered": "since" after an auxiliary is an adverb, not a clause opener. */
const AUX_BEFORE_ADVERB = new Set(['has', 'have', 'had']);

const DATE_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  ...'the last early late mid-2020s week month year decade'.split(' '),
]);

/** "since 2022", "before March": a preposition before a date, not a clause opener. */
function isDateAhead(sentence: Sentence, i: number): boolean {
  const next = sentence.tokens[i + 1];
  if (!next) return false;
  if (/^\d/.test(next.text)) return true;
  return (
    DATE_WORDS.has(next.norm) &&
    (next.norm !== 'the' || /^\d/.test(sentence.tokens[i + 2]?.text ?? ''))
  );
}

export function isBoundary(sentence: Sentence, i: number): boolean {
  const t = sentence.tokens[i];
  if (!t || sentence.covered[i]) return false;
  if (BOUNDARY_MARKS.has(t.text)) return true;
  if (t.text === '-' && t.spaceBefore && sentence.tokens[i + 1]?.spaceBefore) return true;
  if (t.norm === 'since' && AUX_BEFORE_ADVERB.has(sentence.tokens[i - 1]?.norm ?? '')) return false;
  if ((t.norm === 'since' || t.norm === 'after' || t.norm === 'before') && isDateAhead(sentence, i))
    return false;
  return (
    BOUNDARY_WORDS.has(t.norm) &&
    !(t.norm === 'as' && sentence.tokens[i + 1]?.norm === 'well') &&
    !(t.norm === 'as' && sentence.tokens[i - 1]?.norm === 'well') &&
    // "Mohamed Dagalo, known as Hemedti, met": a name given, not a clause.
    !(t.norm === 'as' && sentence.tokens[i - 1]?.norm === 'known')
  );
}

/** First token index of the clause holding token `i`. */
export function clauseStart(sentence: Sentence, i: number): number {
  for (let k = i - 1; k >= 0; k -= 1) {
    if (isBoundary(sentence, k) || (SPEECH.has(sentence.tokens[k]?.norm ?? '') && k < i - 1))
      return k + 1;
  }
  return 0;
}

/** Speech verbs end the speaker's clause: in "Stoltenberg said the alliance must supply", he is not the supplier. */
const SPEECH = new Set([
  'said',
  'says',
  'told',
  'added',
  'stated',
  'warned',
  'argued',
  'insisted',
  'noted',
]);

/** Exclusive end of the clause holding token `i`. */
export function clauseEnd(sentence: Sentence, i: number): number {
  for (let k = i + 1; k < sentence.tokens.length; k += 1) if (isBoundary(sentence, k)) return k;
  return sentence.tokens.length;
}

/** Token before a mention, skipping determiners. */
export function tokenBefore(sentence: Sentence, index: number): string {
  let k = index - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]?.norm ?? '') && !sentence.covered[k]) k -= 1;
  return sentence.tokens[k]?.norm ?? '';
}

/** The mention is the object of a preposition ("in Seoul", "with Park"); "along with" is coordination. */
/** Words that are prepositions or open a clause: "after Russia's invasion", "after Islamabad accused". */
const CONJUNCTIONS = new Set(['after', 'before', 'since', 'until']);
const CLAUSE_VERBS = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'said',
  'says',
  'will',
  'would',
  'could',
  'can',
  'did',
  'does',
  'began',
  'sent',
  'met',
  'held',
]);

/** The mention (with any actors coordinated after it) is followed by a verb: it opens a clause. */
function startsClause(sentence: Sentence, m: Mention): boolean {
  let k = m.tokenEnd;
  while (k < sentence.tokens.length) {
    const covering = sentence.covered[k];
    const norm = sentence.tokens[k]?.norm ?? '';
    if (covering && isActor(covering)) k = covering.tokenEnd;
    else if (norm === 'and' || norm === ',') k += 1;
    else break;
  }
  const next = sentence.tokens[k];
  if (!next || sentence.covered[k]) return false;
  return CLAUSE_VERBS.has(next.norm) || /^\p{Ll}+ed$/u.test(next.text);
}

/** Numbers between a preposition and its object: "sanctions on three U.S. companies". */
const QUANTITIES = new Set(
  'two three four five six seven eight nine ten several many few dozens hundreds'.split(' '),
);

export function isPrepObject(sentence: Sentence, m: Mention): boolean {
  let k = m.tokenStart - 1;
  for (;;) {
    const covering = sentence.covered[k];
    const norm = sentence.tokens[k]?.norm ?? '';
    if (covering?.modifier || (covering?.kind === 'State' && covering.weak))
      k = covering.tokenStart - 1;
    else if (
      !covering &&
      k >= 0 &&
      (DETERMINERS.has(norm) || TITLE_WORDS.has(norm) || QUANTITIES.has(norm) || /^\d/.test(norm))
    )
      k -= 1;
    else if (norm === 'of' && TITLE_WORDS.has(sentence.tokens[k - 1]?.norm ?? '')) k -= 1;
    else break;
  }
  const before = sentence.tokens[k]?.norm ?? '';
  if ((before === 'and' || before === 'or') && !sentence.covered[k]) {
    const previous = sentence.covered[k - 1];
    return (
      previous !== undefined &&
      previous !== m &&
      isActor(previous) &&
      isPrepObject(sentence, previous)
    );
  }
  if (!PREPOSITIONS.has(before)) return false;
  if (CONJUNCTIONS.has(before) && startsClause(sentence, m)) return false;
  const prior = sentence.tokens[k - 1]?.norm ?? '';
  return (
    !(before === 'with' && (prior === 'along' || prior === 'together')) &&
    !(before === 'as' && prior === 'well')
  );
}

/** Actor mentions whose first token lies in [from, to). */
export function actorsIn(sentence: Sentence, from: number, to: number): Mention[] {
  return sentence.mentions.filter((m) => isActor(m) && m.tokenStart >= from && m.tokenStart < to);
}

function gapTokens(sentence: Sentence, a: Mention, b: Mention): string[] {
  return sentence.tokens.slice(a.tokenEnd, b.tokenStart).map((t) => t.norm);
}

function isCoordGap(
  sentence: Sentence,
  a: Mention,
  b: Mention,
  extra: ReadonlySet<string>,
): boolean {
  if (b.tokenStart < a.tokenEnd) return false;
  for (let k = a.tokenEnd; k < b.tokenStart; k += 1) {
    const covering = sentence.covered[k];
    if (covering && isQualifyingPossessor(sentence, covering)) {
      k = covering.tokenEnd;
      continue;
    }
    if (covering && isActor(covering)) return false;
    const t = sentence.tokens[k];
    if (
      !covering &&
      t &&
      !COORD_WORDS.has(t.norm) &&
      !TITLE_WORDS.has(t.norm) &&
      !TITLE_RUN_WORDS.has(t.norm) &&
      !isShortTitle(sentence, k) &&
      !extra.has(t.norm)
    )
      return false;
  }
  return true;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

function isShortTitle(sentence: Sentence, k: number): boolean {
  const text = sentence.tokens[k]?.text ?? '';
  return (
    TITLE_ABBREVIATIONS.has(text) ||
    (text === '.' && TITLE_ABBREVIATIONS.has(sentence.tokens[k - 1]?.text ?? ''))
  );
}

/** "Niger's Gen. Abdourahamane Tchiani": a State qualifying the official named right after it. */
function isQualifyingPossessor(sentence: Sentence, m: Mention): boolean {
  if (
    (m.kind !== 'State' && m.kind !== 'Organization') ||
    !POSSESSIVE_MARKS.has(sentence.tokens[m.tokenEnd]?.norm ?? '')
  )
    return false;
  return officialAfterTitles(sentence, m.tokenEnd + 1, sentence.tokens.length) !== undefined;
}

/** Words that may join or qualify titles in a run: "Deputy Prime Minister and Foreign Minister". */
const TITLE_RUN_WORDS = new Set(['and', 'acting', 'interim', 'caretaker', 'former', 'new']);
const MAX_TITLE_RUN = 10;

/**
 * The Official named after a run of titles starting at `from` ("Deputy Prime Minister and Foreign
 * Minister Ishaq Dar", "acting foreign minister, Amir Khan Muttaqi"), if the run leads to one.
 */
export function officialAfterTitles(
  sentence: Sentence,
  from: number,
  to: number,
): Mention | undefined {
  let titles = 0;
  for (let k = from; k < Math.min(to, from + MAX_TITLE_RUN); k += 1) {
    const next = sentence.covered[k];
    if (next) return next.kind === 'Official' && (titles > 0 || k === from) ? next : undefined;
    const norm = sentence.tokens[k]?.norm ?? '';
    if (TITLE_WORDS.has(norm) || isShortTitle(sentence, k)) titles += 1;
    else if (norm === ',' && titles > 0 && sentence.covered[k + 1]?.kind === 'Official') continue;
    else if (!TITLE_RUN_WORDS.has(norm)) return undefined;
  }
  return undefined;
}

function hasLink(gap: string[]): boolean {
  return gap.length === 0 || gap.some((w) => LINKING.has(w));
}

/**
 * The coordinated group around `anchor` among `candidates` (sorted): "A, B and C". A run joined
 * only by commas counts when a linking word ("and", "along with") closes the list.
 */
export function coordinatedGroup(
  sentence: Sentence,
  anchor: Mention,
  candidates: Mention[],
  extra: ReadonlySet<string> = new Set(),
): Mention[] {
  const sorted = candidates.filter(
    (m) => m !== anchor && isActor(m) && !isQualifyingPossessor(sentence, m),
  );
  const left: Mention[] = [];
  let cur = anchor;
  for (let k = sorted.length - 1; k >= 0; k -= 1) {
    const m = sorted[k] as Mention;
    if (m.tokenEnd > cur.tokenStart) continue;
    if (!isCoordGap(sentence, m, cur, extra)) break;
    left.unshift(m);
    cur = m;
  }
  const right: Mention[] = [];
  cur = anchor;
  for (const m of sorted) {
    if (m.tokenStart < cur.tokenEnd) continue;
    if (!isCoordGap(sentence, cur, m, extra)) break;
    right.push(m);
    cur = m;
  }
  const chain = [...left, anchor, ...right];
  const anchorAt = left.length;
  const gaps = chain.slice(1).map((m, i) => gapTokens(sentence, chain[i] as Mention, m));
  let from = anchorAt;
  for (let g = anchorAt - 1; g >= 0; g -= 1)
    if (hasLink(gaps.slice(g, anchorAt).flat()) || gaps[g]?.every((w) => w !== ',')) from = g;
  let to = anchorAt;
  for (let g = anchorAt; g < gaps.length; g += 1) if (hasLink(gaps[g] as string[])) to = g + 1;
  return dedupe(chain.slice(from, to + 1));
}

export function dedupe(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.kind}|${m.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function subjectCandidates(sentence: Sentence, from: number, to: number): Mention[] {
  return actorsIn(sentence, from, to).filter(
    (m) => !isPrepObject(sentence, m) && !isPossessorOfThing(sentence, m),
  );
}

/** Last comma in [from, to) that is not inside a mention: it closes a relative clause. */
function lastComma(sentence: Sentence, from: number, to: number): number {
  for (let k = to - 1; k >= from; k -= 1) {
    if (sentence.tokens[k]?.text === ',' && !sentence.covered[k]) return k;
  }
  return -1;
}

/** "Russia, a close ally of Caracas that has supplied": "that" right after a named actor. */
function isRelativeThat(sentence: Sentence, k: number): boolean {
  if (sentence.tokens[k]?.norm !== 'that') return false;
  const before = sentence.covered[k - 1];
  if (before === undefined || !isActor(before)) return false;
  for (let j = before.tokenStart - 1; j >= Math.max(0, k - 10); j -= 1) {
    const token = sentence.tokens[j];
    if (!token) return false;
    if (token.text === ',' && !sentence.covered[j]) return true;
    if (!sentence.covered[j] && (SPEECH.has(token.norm) || /^\p{Ll}+ed$/u.test(token.text)))
      return false;
  }
  return false;
}

/**
 * The subject group of a trigger at token `t`: the coordinated actors nearest before it in its
 * clause. A relative clause ("North Korea, which has blamed ..., has sold") is skipped, and a
 * clause opened by "which"/"who" with no subject of its own takes the actor it refers back to.
 */
export function subjectGroup(sentence: Sentence, t: number): Mention[] {
  const from = clauseStart(sentence, t);
  const opener = sentence.tokens[from - 1]?.norm ?? '';
  const relative = opener === 'which' || opener === 'who' || isRelativeThat(sentence, from - 1);
  const comma = relative ? lastComma(sentence, from, t) : -1;
  let candidates = subjectCandidates(sentence, comma >= 0 ? comma + 1 : from, t);
  // "Turkey, which trains Somali troops and has supplied": objects of the clause's own verb.
  if (relative && opener !== 'that' && comma < 0 && verbBefore(sentence, from, candidates[0]))
    candidates = [];
  if (candidates.length === 0 && relative) {
    const antecedentEnd = sentence.tokens[from - 2]?.text === ',' ? from - 2 : from - 1;
    const nearest = sentence.covered[antecedentEnd - 1];
    const own = subjectCandidates(sentence, clauseStart(sentence, antecedentEnd), antecedentEnd);
    // "protests from China and Russia, which accuse": the antecedent right before the pronoun.
    candidates =
      nearest &&
      isActor(nearest) &&
      (own.length === 0 || (opener !== 'that' && antecedentEnd === from - 2))
        ? coordinatedGroup(sentence, nearest, actorsIn(sentence, 0, antecedentEnd))
        : own;
  }
  const last = candidates[candidates.length - 1];
  if (!last) return demonymSubject(sentence, from, t);
  const anchor = appositionOwner(sentence, last, t) ?? last;
  const group = coordinatedGroup(sentence, anchor, candidates);
  const before = group[0] ? actorBeforeRelative(sentence, group[0]) : undefined;
  return before ? [before, ...group] : group;
}

/** A lower-case word other than a determiner or title between `from` and the mention: a verb. */
function verbBefore(sentence: Sentence, from: number, m: Mention | undefined): boolean {
  if (!m) return false;
  for (let k = from; k < m.tokenStart; k += 1) {
    const token = sentence.tokens[k];
    if (!token || sentence.covered[k] || token.upper) continue;
    if (!DETERMINERS.has(token.norm) && !TITLE_WORDS.has(token.norm)) return true;
  }
  return false;
}

/** Auxiliaries and adverbs between an appositive's closing comma and the verb: ", has also supplied". */
const VERB_HELPERS = new Set([
  'has',
  'have',
  'had',
  'is',
  'was',
  'were',
  'are',
  'will',
  'would',
  'also',
  'reportedly',
  'allegedly',
  'already',
  'since',
  'long',
  'been',
  'itself',
]);

/**
 * "France, which withdrew its troops, and the United States have": the actor that a relative
 * clause follows, coordinated with the group after it by ", and".
 */
function actorBeforeRelative(sentence: Sentence, first: Mention): Mention | undefined {
  let k = first.tokenStart - 1;
  while (k >= 0 && DETERMINERS.has(sentence.tokens[k]?.norm ?? '')) k -= 1;
  if (sentence.tokens[k]?.norm !== 'and' || sentence.tokens[k - 1]?.text !== ',') return undefined;
  for (let j = k - 2; j >= Math.max(1, k - 16); j -= 1) {
    if (sentence.covered[j]) continue;
    const norm = sentence.tokens[j]?.norm ?? '';
    if (norm === ',') {
      const pronoun = sentence.tokens[j + 1]?.norm ?? '';
      const actor = sentence.covered[j - 1];
      return (pronoun === 'which' || pronoun === 'who') && actor && isActor(actor)
        ? actor
        : undefined;
    }
  }
  return undefined;
}

const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'one', 'who', 'whose', 'which']);

/**
 * "Zhu Fenglian, a spokesperson for China's Taiwan Affairs Office, accused": the actor inside
 * an appositive between commas is not the subject; the one before the first comma is.
 */
function appositionOwner(sentence: Sentence, last: Mention, t: number): Mention | undefined {
  let before = t - 1;
  while (before > last.tokenEnd && VERB_HELPERS.has(sentence.tokens[before]?.norm ?? ''))
    before -= 1;
  if (sentence.tokens[before]?.text !== ',') return undefined;
  for (let k = last.tokenStart - 1; k >= Math.max(0, last.tokenStart - 16); k -= 1) {
    if (sentence.tokens[k]?.text !== ',' || sentence.covered[k]) continue;
    const owner = sentence.covered[k - 1];
    const opener = sentence.tokens[k + 1]?.norm ?? '';
    return owner && isActor(owner) && APPOSITIVE_OPENERS.has(opener) ? owner : undefined;
  }
  return undefined;
}

/** "Emirati cargo flights had delivered": a demonym opening the clause stands for its State. */
function demonymSubject(sentence: Sentence, from: number, t: number): Mention[] {
  const m = sentence.mentions.find(
    (x) => x.kind === 'State' && x.weak && x.tokenStart >= from && x.tokenStart <= from + 2,
  );
  return m && m.tokenEnd < t ? [{ ...m, weak: false }] : [];
}

const ROLE_AFTER_POSSESSIVE = new Set([
  'military',
  'government',
  'leader',
  'leaders',
  'leadership',
  'officials',
  'forces',
  'troops',
  'army',
  'navy',
  'president',
  'ministry',
  'foreign',
  'defence',
  'defense',
  'spy',
  'intelligence',
  'state',
  'side',
  'authorities',
  'administration',
  'regime',
  'top',
  'main',
  'official',
  'envoy',
  'delegation',
  'diplomats',
  'representatives',
  'chief',
  'coast',
  'air',
  'junta',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'embassy',
  'ambassador',
  'cabinet',
  'police',
  'parliament',
  'interior',
  'presidential',
  'envoys',
  'officers',
  'soldiers',
  'commanders',
  'negotiators',
]);

/** "North Korea's missile tests" — the possessor is not the subject of what follows. */
export function isPossessorOfThing(sentence: Sentence, m: Mention): boolean {
  const mark = sentence.tokens[m.tokenEnd]?.text;
  if (
    mark !== "'s" &&
    !(mark === "'" && /s$/.test(m.surface || sentence.tokens[m.tokenEnd - 1]?.text || ''))
  )
    return false;
  const next = sentence.tokens[m.tokenEnd + 1];
  return !next || !ROLE_AFTER_POSSESSIVE.has(next.norm);
}

/** Titles written short before a name: "Burkina Faso's Capt. Ibrahim Traore". */
const TITLE_ABBREVIATIONS = new Set([
  'Gen',
  'Capt',
  'Col',
  'Lt',
  'Maj',
  'Adm',
  'Brig',
  'Gen.',
  'Capt.',
  'Col.',
  'Lt.',
  'Maj.',
  'Adm.',
  'Brig.',
]);

/** "Taiwan's ruling Democratic Progressive Party": the possessed actor, not its possessor. */
export function possessedActorAfter(
  sentence: Sentence,
  m: Mention | undefined,
  to: number,
): Mention | undefined {
  if (!m || sentence.tokens[m.tokenEnd]?.norm !== "'s") return m;
  const official = officialAfterTitles(sentence, m.tokenEnd + 1, to);
  if (official) return official;
  for (let k = m.tokenEnd + 1; k < Math.min(to, m.tokenEnd + 4); k += 1) {
    const next = sentence.covered[k];
    if (next) return isActor(next) ? next : m;
    const text = sentence.tokens[k]?.text ?? '';
    if (
      TITLE_ABBREVIATIONS.has(text) ||
      (text === '.' && TITLE_ABBREVIATIONS.has(sentence.tokens[k - 1]?.text ?? ''))
    )
      continue;
    if (!/^\p{Ll}+$/u.test(text) || PREPOSITIONS.has(text)) return m;
  }
  return m;
}

/** First actor after token `from` (up to `to`) and its coordinated group. */
export function objectGroup(
  sentence: Sentence,
  from: number,
  to: number,
  skipPrep = true,
): Mention[] {
  const candidates = actorsIn(sentence, from, to);
  const first = candidates.find(
    (m) => !skipPrep || !isPrepObject(sentence, m) || tokenBefore(sentence, m.tokenStart) === 'by',
  );
  const anchor = possessedActorAfter(sentence, first, to);
  return anchor ? coordinatedGroup(sentence, anchor, candidates) : [];
}

/** Actors governed by a preposition right after `from` ("with X and Y", "between A, B and C"). */
export function prepositionGroup(
  sentence: Sentence,
  from: number,
  to: number,
  preps: ReadonlySet<string>,
  maxGap = 3,
): Mention[] {
  for (let k = from; k < Math.min(to, from + maxGap + 1); k += 1) {
    const token = sentence.tokens[k];
    if (!token || sentence.covered[k]) return [];
    if (!preps.has(token.norm)) continue;
    const candidates = actorsIn(sentence, k + 1, to);
    const anchor = candidates[0];
    if (!anchor || anchor.tokenStart > k + 4) return [];
    return coordinatedGroup(sentence, anchor, candidates);
  }
  return [];
}
