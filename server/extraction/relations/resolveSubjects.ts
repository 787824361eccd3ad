/** Subjects of a trigger, with pronouns resolved ("they", "we", "he", "its"). */
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import {
  PREPOSITIONS,
  TITLE_WORDS,
  actorsIn,
  clauseStart,
  coordinatedGroup,
  isActor,
  isPrepObject,
  subjectGroup,
} from './clauses.js';
import { jointSubjectBefore } from './jointSubject.js';
import type { RelationContext } from './RelationContext.js';
import { speakersOf } from './RelationContext.js';
import { WEEKDAYS } from './calendarWords.js';

const PRONOUNS: Record<string, 'speaker' | 'plural' | 'official' | 'singular'> = {
  we: 'speaker',
  our: 'speaker',
  i: 'speaker',
  they: 'plural',
  their: 'plural',
  he: 'official',
  she: 'official',
  his: 'official',
  her: 'official',
  it: 'singular',
  its: 'singular',
};

/** A group of two or more coordinated actors earlier in the sentence. */
function groupBefore(sentence: Sentence, t: number): Mention[] {
  const actors = actorsIn(sentence, 0, t);
  for (let k = actors.length - 1; k >= 0; k -= 1) {
    const group = coordinatedGroup(sentence, actors[k] as Mention, actors);
    if (group.length >= 2) return group;
  }
  return [];
}

function lastBefore(
  sentence: Sentence,
  t: number,
  accept: (m: Mention) => boolean,
): Mention | undefined {
  const list = sentence.mentions.filter((m) => m.tokenEnd <= t && isActor(m) && accept(m));
  const last = list[list.length - 1];
  const appositive =
    last && sentence.tokens[last.tokenEnd]?.text === ',' && last.tokenEnd + 1 === t;
  return appositive ? list[list.length - 2] : last;
}

export function resolvePronoun(
  ctx: RelationContext,
  sentence: Sentence,
  word: string,
  at: number,
): Mention[] {
  const kind = PRONOUNS[word];
  if (kind === 'speaker') return speakersOf(ctx, sentence);
  if (kind === 'plural') {
    // "the two leaders pledged to deepen their cooperation"
    const joint = jointSubjectBefore(ctx, sentence, at, at - 12);
    if (joint.length >= 2) return joint;
    const local = groupBefore(sentence, at);
    return local.length > 0 ? local : ctx.plural;
  }
  if (kind === 'official') {
    const opening = at === 0 && ctx.previousSubject?.kind === 'Official';
    const m =
      lastBefore(sentence, at, (x) => x.kind === 'Official') ??
      (opening ? ctx.previousSubject : ctx.lastOfficial);
    return m ? [m] : [];
  }
  if (kind === 'singular') {
    // "Warsaw has taken delivery of ... It is also awaiting ...": the previous subject.
    const opening =
      at === 0 && ctx.previousSubject !== undefined && ctx.previousSubject.kind !== 'Official';
    const m =
      lastBefore(sentence, at, (x) => x.kind !== 'Official') ??
      (opening ? ctx.previousSubject : ctx.lastSingular);
    return m ? [m] : [];
  }
  return [];
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our']);

/** Index of a subject pronoun between the clause start and `t` that is nearer than any actor. */
function pronounBefore(sentence: Sentence, t: number, group: Mention[]): number {
  const floor = Math.max(clauseStart(sentence, t), ...group.map((m) => m.tokenEnd));
  for (let k = t - 1; k >= floor; k -= 1) {
    const token = sentence.tokens[k];
    if (!token || sentence.covered[k] || !PRONOUNS[token.norm]) continue;
    // "chief of staff of his ground forces": a possessive after a preposition is no subject.
    if (POSSESSIVES.has(token.norm) && PREPOSITIONS.has(sentence.tokens[k - 1]?.norm ?? ''))
      continue;
    return k;
  }
  return -1;
}

/** "pressure on Moscow not to transfer", "urged Iran to stop sending": the actor before "to". */
function infinitiveSubject(sentence: Sentence, t: number): Mention[] {
  let k = t - 1;
  if (sentence.tokens[k]?.norm !== 'to') return [];
  k -= 1;
  if (sentence.tokens[k]?.norm === 'not' || sentence.tokens[k]?.norm === 'never') k -= 1;
  const m = sentence.covered[k];
  // "was in Moscow to meet Putin": a place is not who acts.
  const place = m && PLACE_PREPOSITIONS.has(sentence.tokens[m.tokenStart - 1]?.norm ?? '');
  return m && isActor(m) && !place ? [m] : [];
}

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'from', 'into', 'near']);

const ACCUSE = new Set([
  'accused',
  'accuse',
  'accuses',
  'accusing',
  'blamed',
  'blame',
  'blames',
  'blaming',
  'suspected',
  'suspects',
]);

/**
 * "accused Iran of supplying": the subject of the gerund is the accused, not the accuser; when
 * the accused is no entity ("accused Western countries of arming Ukraine") there is none.
 */
function gerundSubject(sentence: Sentence, t: number): Mention[] | undefined {
  if (!sentence.tokens[t]?.norm.endsWith('ing')) return undefined;
  const prep = sentence.tokens[t - 1]?.norm;
  if (prep !== 'of' && prep !== 'for' && prep !== 'by') return undefined;
  let accuser = -1;
  for (let k = t - 2; k >= Math.max(0, t - 8); k -= 1)
    if (ACCUSE.has(sentence.tokens[k]?.norm ?? '')) accuser = k;
  if (accuser < 0) return undefined;
  const accused = actorsIn(sentence, accuser + 1, t - 1);
  const last = accused[accused.length - 1];
  return last ? coordinatedGroup(sentence, last, accused) : [];
}

const SUBJECT_PHRASE_WORDS = new Set([
  ...TITLE_WORDS,
  'the',
  "'s",
  'a',
  'government',
  'ministry',
  'office',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'policy',
  'affairs',
  'military',
  'army',
  'side',
  'special',
  'caretaker',
  'parliament',
  'speaker',
  'former',
  'commander',
  'chairperson',
  'on',
  ...WEEKDAYS,
]);

/**
 * The subject of the sentence's main clause: the last actor of the opening noun phrase
 * ("Azerbaijan's foreign ministry spokesman Aykhan Hajizada said ...").
 */
const OPENING_PREPOSITIONS = new Set(['in', 'at', 'on', 'after', 'during', 'earlier', 'later']);

/** "In a joint statement, ...": index after an opening adverbial without actors, else 0. */
function afterOpeningAdverbial(sentence: Sentence): number {
  if (!OPENING_PREPOSITIONS.has(sentence.tokens[0]?.norm ?? '')) return 0;
  for (let k = 1; k < Math.min(sentence.tokens.length, 8); k += 1) {
    if (sentence.covered[k]) return 0;
    if (sentence.tokens[k]?.text === ',') return k + 1;
  }
  return 0;
}

export function mainSubject(sentence: Sentence): Mention[] {
  let found: Mention | undefined;
  for (let k = afterOpeningAdverbial(sentence); k < sentence.tokens.length;) {
    const covering = sentence.covered[k];
    if (covering) {
      if (isActor(covering)) found = covering;
      k = covering.tokenEnd;
      continue;
    }
    const token = sentence.tokens[k];
    if (!token) break;
    const next = sentence.covered[k + 1];
    const previous = sentence.covered[k - 1];
    const afterQualifier =
      (previous !== undefined && (previous.modifier === true || previous.weak === true)) ||
      (!previous && SUBJECT_PHRASE_WORDS.has(sentence.tokens[k - 1]?.norm ?? ''));
    const titleAhead =
      afterQualifier &&
      (TITLE_WORDS.has(sentence.tokens[k + 1]?.norm ?? '') ||
        TITLE_WORDS.has(sentence.tokens[k + 2]?.norm ?? ''));
    const appositiveName = token.text === ',' && next?.kind === 'Official';
    // "the foreign ministers of Lithuania, Latvia and Estonia"
    const ofTitle =
      token.norm === 'of' && !previous && TITLE_WORDS.has(sentence.tokens[k - 1]?.norm ?? '');
    if (
      !SUBJECT_PHRASE_WORDS.has(token.norm) &&
      !appositiveName &&
      !ofTitle &&
      !(/^\p{Ll}+$/u.test(token.text) && titleAhead)
    )
      break;
    k += 1;
  }
  return found ? [found] : [];
}

const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'also',
  'then',
  'later',
  'repeatedly',
  'openly',
  'publicly',
  'again',
  'jointly',
  'separately',
  'immediately',
]);

/** "X said ... and criticised Y", "X denied it, accusing Y": a verb joined to the main clause. */
function isJoinedVerb(sentence: Sentence, t: number): boolean {
  let k = t - 1;
  while (k >= 0 && AUXILIARIES.has(sentence.tokens[k]?.norm ?? '')) k -= 1;
  const before = sentence.tokens[k]?.norm ?? '';
  if (before === 'and' || before === 'but') return true;
  return before === ',' && (sentence.tokens[t]?.norm.endsWith('ing') ?? false);
}

/** "The United States has armed the SDF since 2015, supplying it with rifles": ", VERBing". */
function isParticipleClause(sentence: Sentence, t: number): boolean {
  return (
    sentence.tokens[t - 1]?.text === ',' && (sentence.tokens[t]?.norm.endsWith('ing') ?? false)
  );
}

export function resolveSubjects(
  ctx: RelationContext,
  sentence: Sentence,
  t: number,
): { subjects: Mention[]; viaPronoun: boolean } {
  const infinitive = infinitiveSubject(sentence, t);
  if (infinitive.length > 0) return { subjects: infinitive, viaPronoun: false };
  const gerund = gerundSubject(sentence, t);
  if (gerund) return { subjects: gerund, viaPronoun: false };
  if (isParticipleClause(sentence, t)) {
    const main = mainSubject(sentence).filter((m) => m.tokenEnd <= t);
    if (main.length > 0) return { subjects: main, viaPronoun: false };
  }
  const group = subjectGroup(sentence, t);
  const floor = Math.max(clauseStart(sentence, t), ...group.map((m) => m.tokenEnd));
  const joint = jointSubjectBefore(ctx, sentence, t, floor);
  if (joint.length >= 2) return { subjects: joint, viaPronoun: true };
  const p = pronounBefore(sentence, t, group);
  if (p >= 0) {
    const resolved = resolvePronoun(ctx, sentence, sentence.tokens[p]?.norm ?? '', p);
    if (resolved.length > 0) return { subjects: resolved, viaPronoun: true };
  }
  if (isJoinedVerb(sentence, t) && group.every((m) => isPrepObject(sentence, m))) {
    const main = mainSubject(sentence).filter((m) => m.tokenEnd <= t);
    const first = main[0];
    // "He condemned the strikes as ... and blamed the US": the sentence's opening pronoun.
    const opening = sentence.tokens[0]?.norm ?? '';
    if (!first && SUBJECT_PRONOUNS.has(opening)) {
      const resolved = resolvePronoun(ctx, sentence, opening, 0);
      if (resolved.length > 0) return { subjects: resolved, viaPronoun: true };
    }
    if (first) {
      const whole = coordinatedGroup(sentence, first, actorsIn(sentence, 0, first.tokenEnd + 12));
      return { subjects: whole.length > 0 ? whole : main, viaPronoun: false };
    }
  }
  return { subjects: group, viaPronoun: false };
}
