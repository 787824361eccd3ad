/**
 * "the junta", "the military government", "the army": a reference to the government or armed
 * forces of the State the article ties that noun to ("Mali's junta", "the Myanmar junta", "the
 * junta in Niger", "Myanmar's military"). The most recent
 * such State before the reference wins; without one, the reference stays unnamed.
 */
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import type { Sentence } from '../../document/Sentence.js';
import { addMention } from '../../document/Sentence.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

/** Nouns that name a government by its form rather than by its country, as word lists. */
const GOVERNMENT_NOUNS: readonly string[][] = [
  ['junta'],
  ['military', 'government'],
  ['military', 'regime'],
  ['military', 'rulers'],
  ['ruling', 'junta'],
  ['military', 'junta'],
  // "the military", "the air force": the armed forces of the State the article ties them to.
  ['military'],
  ['army'],
  ['air', 'force'],
  ['armed', 'forces'],
];
const POSSESSIVE = new Set(["'s", '’s']);
const AFTER_NOUN = new Set(['in', 'of']);

function nounAt(sentence: Sentence, i: number): number {
  for (const words of GOVERNMENT_NOUNS) {
    if (words.every((w, k) => sentence.tokens[i + k]?.norm === w && !sentence.covered[i + k]))
      return words.length;
  }
  return 0;
}

interface Binding {
  state: Mention;
  at: number;
}

/** States written right before or after a government noun: "Mali's junta", "junta in Mali". */
function bindings(doc: ArticleDocument): Binding[] {
  const out: Binding[] = [];
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (m.kind !== 'State') continue;
      let k = m.tokenEnd;
      if (POSSESSIVE.has(sentence.tokens[k]?.norm ?? '')) k += 1;
      if (nounAt(sentence, k) > 0) out.push({ state: m, at: m.start });
      const before = m.tokenStart - 1;
      if (AFTER_NOUN.has(sentence.tokens[before]?.norm ?? '')) {
        for (const words of GOVERNMENT_NOUNS)
          if (nounAt(sentence, before - words.length) === words.length)
            out.push({ state: m, at: m.start });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** The State of the latest binding at or before `at`, by binary search over sorted bindings. */
function stateBefore(list: readonly Binding[], at: number): Mention | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Binding).at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (list[lo - 1] as Binding).state : undefined;
}

export const recogniseGovernmentReferences: EntityRecogniser = {
  name: 'government-references',
  recognise(doc) {
    const list = bindings(doc);
    if (list.length === 0) return;
    for (const sentence of doc.sentences) {
      const tokens = sentence.tokens;
      for (let i = 0; i + 1 < tokens.length; i += 1) {
        if (tokens[i]?.norm !== 'the' || sentence.covered[i]) continue;
        const length = nounAt(sentence, i + 1);
        if (length === 0) continue;
        const end = i + 1 + length;
        if (AFTER_NOUN.has(tokens[end]?.norm ?? '') && sentence.covered[end + 1]?.kind === 'State')
          continue;
        const state = stateBefore(list, tokens[i]?.start ?? 0);
        if (!state) continue;
        addMention(sentence, {
          kind: 'State',
          name: state.name,
          surface: '',
          start: tokens[i + 1]?.start ?? 0,
          end: tokens[end - 1]?.end ?? 0,
          tokenStart: i + 1,
          tokenEnd: end,
          via: 'contextual',
        });
        i = end - 1;
      }
    }
  },
};
