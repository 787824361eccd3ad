/**
 * Officials found by title patterns: "[qualifier] title Name" ("South Korean Foreign Minister
 * Park Jin", "Hamas leader Yahya Sinwar"), "title, Name," and appositives "Name, (the|one of
 * the) [qualifier] title" ("Yoo Sang-bum, one of the lawmakers"). The qualifier gives the
 * affiliation; a title may imply one ("Secretary of State" → United States).
 */
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import { addMention } from '../../document/Sentence.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Token } from '../../text/Token.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';
import { nameRunAt } from '../nameRunAt.js';

const SKIPPABLE_BEFORE_TITLE = new Set([
  "'s",
  'the',
  'former',
  'then',
  'acting',
  'interim',
  'outgoing',
  'incoming',
  'new',
  'top',
  'senior',
  'deputy',
  'its',
  'their',
  'state',
]);
/** Generic one-word titles that are titles only in lower case ("the Official Journal" is none). */
const LOWER_CASE_TITLES = new Set(['official', 'head', 'chair', 'aide', 'counterpart', 'deputy']);
const KIN = new Set(['son', 'daughter', 'brother', 'sister', 'wife', 'husband', 'nephew']);
const APPOSITIVE_FILLERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'of',
  "'s",
  'former',
  'senior',
  'top',
  'deputy',
  'acting',
  'who',
  'is',
  'was',
  'as',
  'its',
  'their',
  'then',
]);

interface Affiliation {
  name: string;
  kind: Mention['kind'];
}

function affiliationOf(m: Mention | undefined): Affiliation | undefined {
  if (!m || m.kind === 'Weapon' || m.kind === 'Official' || m.orgType === 'newsOutlet')
    return undefined;
  if (m.kind === 'Organization' && m.country && m.orgType !== 'stateMedia')
    return { name: m.country, kind: 'State' };
  return { name: m.name, kind: m.kind };
}

/** The State or Organization right before a title, marked as a modifier of the official. */
function qualifierBefore(sentence: Sentence, titleStart: number): Mention | undefined {
  let i = titleStart - 1;
  while (
    i >= 0 &&
    SKIPPABLE_BEFORE_TITLE.has(sentence.tokens[i]?.norm ?? '') &&
    !sentence.covered[i]
  )
    i -= 1;
  const m = i >= 0 ? sentence.covered[i] : undefined;
  return affiliationOf(m) ? m : undefined;
}

/** Prepositions whose object is another party: "bought jets from Denmark", "talks with Japan". */
const OTHER_PARTY = new Set(['from', 'to', 'with', 'by', 'against']);

/** "from Denmark", "his Danish counterpart": a State that names someone else's side. */
function namesOtherSide(doc: ArticleDocument, sentence: Sentence, m: Mention): boolean {
  if (OTHER_PARTY.has(sentence.tokens[m.tokenStart - 1]?.norm ?? '')) return true;
  const next = sentence.tokens[m.tokenEnd]?.norm ?? '';
  return (
    COUNTERPART.has(next) ||
    doc.gazetteers.titles.longestAt(sentence.tokens, m.tokenEnd) !== undefined
  );
}

const COUNTERPART = new Set(['counterpart', 'counterparts']);

/**
 * The State an official with no qualifier acts for: the nearest State in the sentence that does
 * not name another party ("bought jets from Denmark", "his Danish counterpart"), else none.
 */
function nearestState(
  doc: ArticleDocument,
  sentence: Sentence,
  tokenIndex: number,
): Affiliation | undefined {
  let best: Mention | undefined;
  for (const m of sentence.mentions) {
    if (m.kind !== 'State' || namesOtherSide(doc, sentence, m)) continue;
    if (!best || Math.abs(m.tokenStart - tokenIndex) < Math.abs(best.tokenStart - tokenIndex))
      best = m;
  }
  return best ? { name: best.name, kind: 'State' } : undefined;
}

function official(
  sentence: Sentence,
  start: number,
  end: number,
  via: string,
  aff: Affiliation | undefined,
): Mention {
  const tokens = sentence.tokens.slice(start, end);
  const name = tokens.map((t, i) => (i > 0 && t.spaceBefore ? ' ' : '') + t.text).join('');
  const m: Mention = {
    kind: 'Official',
    name,
    surface: name,
    start: (tokens[0] as Token).start,
    end: (tokens[tokens.length - 1] as Token).end,
    tokenStart: start,
    tokenEnd: end,
    via,
  };
  if (aff) {
    m.affiliation = aff.name;
    m.affiliationKind = aff.kind;
  }
  return m;
}

function titleAt(
  doc: ArticleDocument,
  sentence: Sentence,
  i: number,
): { end: number; defaultCountry?: string } | undefined {
  if (sentence.covered[i]) return undefined;
  let match = doc.gazetteers.titles.longestAt(sentence.tokens, i);
  if (!match) return undefined;
  // "ambassador to the United Nations" with the body already named: the title before it.
  for (let k = i; k < match.end; k += 1) {
    if (!sentence.covered[k]) continue;
    match = doc.gazetteers.titles.longestAt(sentence.tokens.slice(0, k), i);
    if (!match) return undefined;
    break;
  }
  const word = sentence.tokens[i];
  if (match.end === i + 1 && LOWER_CASE_TITLES.has(word?.norm ?? '') && word?.upper)
    return undefined;
  for (let k = i; k < match.end; k += 1) if (sentence.covered[k]) return undefined;
  return match.entry.country
    ? { end: match.end, defaultCountry: match.entry.country }
    : { end: match.end };
}

/** "ambassador to the United Nations, Name": skips a short phrase naming what the title is of. */
function skipAttachedPhrase(sentence: Sentence, at: number): number {
  const prep = sentence.tokens[at]?.norm ?? '';
  if (prep !== 'to' && prep !== 'of' && prep !== 'for' && prep !== 'at') return at;
  let k = at + 1;
  if (sentence.tokens[k]?.norm === 'the') k += 1;
  const m = sentence.covered[k];
  return m && m.kind !== 'Official' && sentence.tokens[m.tokenEnd]?.text === ',' ? m.tokenEnd : at;
}

function titleThenName(doc: ArticleDocument, sentence: Sentence, i: number): number {
  const title = titleAt(doc, sentence, i);
  if (!title) return -1;
  const plural = pluralTitleThenNames(doc, sentence, title.end - 1, i);
  if (plural > 0) return plural;
  let nameStart = skipAttachedPhrase(sentence, title.end);
  const comma = sentence.tokens[nameStart]?.text === ',';
  if (comma) nameStart += 1;
  // "military spokesman, Lieutenant General Name": a second title before the name.
  const second = comma ? titleAt(doc, sentence, nameStart) : undefined;
  if (second) nameStart = second.end;
  const known = sentence.covered[nameStart];
  if (known?.kind === 'Official' && known.tokenStart === nameStart) {
    const qualifier = qualifierBefore(sentence, i);
    if (qualifier) qualifier.modifier = true;
    return known.tokenEnd;
  }
  const end = nameRunAt(sentence, nameStart, doc.knowledge);
  if (end < 0 || (comma && !/^[,.;]?$/.test(sentence.tokens[end]?.text ?? '.'))) return -1;
  if (comma && end - nameStart < 2) return -1;
  const qualifier = qualifierBefore(sentence, i);
  if (qualifier) qualifier.modifier = true;
  const aff =
    affiliationOf(qualifier) ??
    (title.defaultCountry ? { name: title.defaultCountry, kind: 'State' as const } : undefined) ??
    nearestState(doc, sentence, i);
  addMention(sentence, official(sentence, nameStart, end, 'title', aff));
  return end;
}

/** "Name, the North Korean leader" / "Name, one of the lawmakers". */
function nameThenTitle(doc: ArticleDocument, sentence: Sentence, i: number): number {
  const end = nameRunAt(sentence, i, doc.knowledge);
  if (end < 0 || end - i < 2 || sentence.tokens[end]?.text !== ',') return -1;
  if (sentence.tokens[i - 1]?.upper && !sentence.covered[i - 1]) return -1;
  let qualifier: Mention | undefined;
  let limit = end + 9;
  for (let k = end + 1; k < Math.min(sentence.tokens.length, limit); k += 1) {
    const token = sentence.tokens[k] as Token;
    const covering = sentence.covered[k];
    if (covering) {
      if (!affiliationOf(covering)) return -1;
      qualifier = covering;
      k = covering.tokenEnd - 1;
      continue;
    }
    if (titleAt(doc, sentence, k) || doc.knowledge.pluralRoles.includes(token.norm)) {
      if (qualifier) qualifier.modifier = true;
      addMention(
        sentence,
        official(
          sentence,
          i,
          end,
          'appositive',
          affiliationOf(qualifier) ?? nearestState(doc, sentence, i),
        ),
      );
      return end;
    }
    if (KIN.has(token.norm) && sentence.tokens[k + 1]?.norm === 'of') {
      // "Name, the son of commander X and chief of staff of ...": the person's own role follows "and".
      const and = ownRoleAfterKin(sentence, k + 2);
      if (and < 0) return -1;
      qualifier = undefined;
      limit = and + 9;
      k = and;
      continue;
    }
    if (!APPOSITIVE_FILLERS.has(token.norm)) return -1;
  }
  return -1;
}

/** "Special envoys Serdar Kilic and Ruben Rubinyan": a plural role before two coordinated names. */
function pluralTitleThenNames(
  doc: ArticleDocument,
  sentence: Sentence,
  i: number,
  titleStart = i,
): number {
  const token = sentence.tokens[i];
  if (!token || sentence.covered[i] || !doc.knowledge.pluralRoles.includes(token.norm)) return -1;
  const first = nameRunAt(sentence, i + 1, doc.knowledge);
  if (first < 0 || first - i - 1 < 2 || sentence.tokens[first]?.norm !== 'and') return -1;
  const known = sentence.covered[first + 1];
  const second =
    known?.kind === 'Official' && known.tokenStart === first + 1
      ? known.tokenEnd
      : nameRunAt(sentence, first + 1, doc.knowledge);
  if (second < 0 || second - first - 1 < 2) return -1;
  const qualifier = qualifierBefore(sentence, titleStart);
  if (qualifier) qualifier.modifier = true;
  const aff = affiliationOf(qualifier);
  addMention(sentence, official(sentence, i + 1, first, 'title', aff));
  if (!known) addMention(sentence, official(sentence, first + 1, second, 'title', aff));
  return second;
}

/** Index of the "and" that ends a kinship phrase ("the son of X and chief of staff"), or -1. */
function ownRoleAfterKin(sentence: Sentence, from: number): number {
  for (let k = from; k < Math.min(sentence.tokens.length, from + 10); k += 1) {
    const norm = sentence.tokens[k]?.norm ?? '';
    if (norm === ',' || norm === '.') return -1;
    if (norm === 'and' && !sentence.covered[k]) return k;
  }
  return -1;
}

export const recogniseOfficials: EntityRecogniser = {
  name: 'officials',
  recognise(doc) {
    for (const sentence of doc.sentences) {
      for (let i = 0; i < sentence.tokens.length; i += 1) {
        const end = titleThenName(doc, sentence, i);
        if (end > 0) {
          i = end - 1;
          continue;
        }
        const pluralEnd = pluralTitleThenNames(doc, sentence, i);
        if (pluralEnd > 0) {
          i = pluralEnd - 1;
          continue;
        }
        const apposEnd = nameThenTitle(doc, sentence, i);
        if (apposEnd > 0) i = apposEnd - 1;
      }
    }
  },
};
