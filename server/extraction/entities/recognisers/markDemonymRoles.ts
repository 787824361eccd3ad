/**
 * A demonym stands for its State only before a role noun or title ("South Korean officials",
 * "his Japanese counterpart", "North Korean-made"); a State or demonym right before an
 * Official or Organization only qualifies it ("North Korean state media KCNA").
 */
import type { Knowledge } from '../../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

/** Number of tokens at `i` that spell a role noun ("officials", "state media", "-made"), or 0. */
export function roleNounLength(sentence: Sentence, i: number, knowledge: Knowledge): number {
  const tokens = sentence.tokens;
  let best = 0;
  for (const words of roleIndex(knowledge).get(tokens[i]?.norm ?? '') ?? []) {
    if (words.length <= best) continue;
    const fits = words.every((w, k) => tokens[i + k]?.norm === w && !sentence.covered[i + k]);
    if (fits && (words[0] !== '-' || tokens[i]?.spaceBefore === false)) best = words.length;
  }
  return best;
}

const ROLE_INDEX = new WeakMap<Knowledge, Map<string, string[][]>>();

/** Role nouns split once and indexed by their first word ("-made" is "-" then "made"). */
function roleIndex(knowledge: Knowledge): Map<string, string[][]> {
  let index = ROLE_INDEX.get(knowledge);
  if (!index) {
    index = new Map();
    for (const role of knowledge.roleNouns) {
      const words = role.startsWith('-') ? ['-', role.slice(1)] : role.split(' ');
      const list = index.get(words[0] as string) ?? [];
      list.push(words);
      index.set(words[0] as string, list);
    }
    ROLE_INDEX.set(knowledge, index);
  }
  return index;
}

function followingMention(
  sentence: Sentence,
  m: Mention,
  doc: ArticleDocument,
): Mention | undefined {
  let i = m.tokenEnd;
  for (let hops = 0; hops < 4 && i < sentence.tokens.length; hops += 1) {
    const covering = sentence.covered[i];
    if (covering) return covering;
    const title = doc.gazetteers.titles.longestAt(sentence.tokens, i);
    const role = roleNounLength(sentence, i, doc.knowledge);
    const step = Math.max(title ? title.end - i : 0, role);
    if (step === 0) return undefined;
    i += step;
  }
  return undefined;
}

/** "-based", "-led", "-backed": a lower-case participle joined to a name by a hyphen. */
function isQualifyingSuffix(sentence: Sentence, dash: number): boolean {
  const word = sentence.tokens[dash + 1];
  return (
    sentence.tokens[dash]?.spaceBefore === false &&
    word?.spaceBefore === false &&
    /^\p{Ll}+ed$/u.test(word.text)
  );
}

function markMention(doc: ArticleDocument, sentence: Sentence, m: Mention): void {
  if (m.kind !== 'State') return;
  const next = followingMention(sentence, m, doc);
  if (
    next &&
    (next.kind === 'Official' || next.kind === 'Organization') &&
    next.orgType !== 'newsOutlet'
  ) {
    m.modifier = true;
    m.weak = false;
    return;
  }
  // "Turkish-made drones", "the Tripoli-based government": the State qualifies the thing named
  // after the hyphen; it is not an actor in the clause.
  if (
    sentence.tokens[m.tokenEnd]?.text === '-' &&
    roleNounLength(sentence, m.tokenEnd, doc.knowledge) > 0
  ) {
    m.modifier = true;
    m.weak = false;
    return;
  }
  if (sentence.tokens[m.tokenEnd]?.text === '-' && isQualifyingSuffix(sentence, m.tokenEnd)) {
    m.modifier = true;
    return;
  }
  if (!m.weak) return;
  const end = coordinatedDemonymEnd(sentence, m);
  if (
    roleNounLength(sentence, end, doc.knowledge) > 0 ||
    doc.gazetteers.titles.longestAt(sentence.tokens, end)
  ) {
    m.weak = false;
  }
}

/**
 * "his Pakistani and Afghan counterparts", "South Korean and Japanese officials": a demonym
 * joined by "and"/"or" to the demonym before the role noun shares it. Returns where the role
 * noun would start.
 */
function coordinatedDemonymEnd(sentence: Sentence, m: Mention): number {
  const link = sentence.tokens[m.tokenEnd]?.norm;
  const next = sentence.covered[m.tokenEnd + 1];
  if ((link !== 'and' || sentence.covered[m.tokenEnd]) && link !== 'or') return m.tokenEnd;
  return next?.kind === 'State' && next.tokenStart === m.tokenEnd + 1 && next.via === 'demonym'
    ? next.tokenEnd
    : m.tokenEnd;
}

export const markDemonymRoles: EntityRecogniser = {
  name: 'demonym-roles',
  recognise(doc) {
    for (const sentence of doc.sentences)
      for (const m of sentence.mentions) markMention(doc, sentence, m);
  },
};
