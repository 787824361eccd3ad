/**
 * Companies and groups no list knows, introduced by their State's possessive the way wire news
 * does: "from Norway's Kongsberg.", "Sweden's Saab said", "Turkey's Baykar, which builds".
 * Places are written the same way ("Russia's Kursk region"), so the name must be one capitalised
 * word followed by punctuation or a verb of an actor, never after "in"/"near", never written in
 * lower case in the article, and never named elsewhere with a place noun ("the Kursk region").
 */
import type { Knowledge } from '../../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Sentence } from '../../document/Sentence.js';
import { addMention } from '../../document/Sentence.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

const PUNCTUATION = new Set(['.', ',', ';', ':', ')']);
/** Words before the State that make "State's Name," a subject or a source. */
const SOURCE_OPENERS = new Set(['from', 'by', 'with', 'and', ',', 'that', 'including']);
/** "with/by State's Name" before one of these words: the party to a deal or the maker. */
const PARTY_OPENERS = new Set(['with', 'by']);
const PARTY_FOLLOWERS = new Set(['for', 'to', 'in', 'under', 'and']);
/** Verbs an actor takes right after its name. */
const VERB_FOLLOWERS = new Set(
  'said says will would has had is was signed won delivered delivers supplies supplied sells sold builds built makes made produces produced agreed announced also which plans'.split(
    ' ',
  ),
);
/** Prepositions of place before the State: "in Russia's Kursk". */
const PLACE_PREPOSITIONS = new Set(
  'in into near at across inside toward towards around outside within over on of through along'.split(
    ' ',
  ),
);
/** Nouns that make a capitalised word a place: "the Kursk region". */
const PLACE_NOUNS = new Set(
  'region regions province provinces oblast city town village district county state port island islands peninsula coast border area territory enclave exclave capital base airport river sea strait valley desert mountains governorate prefecture municipality front plant'.split(
    ' ',
  ),
);
const NAME = /^\p{Lu}[\p{L}\p{N}-]{2,}$/u;
const CALENDAR = new Set(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);

/** Capitalised words the article uses as places, and the words it writes in lower case. */
function wordsInUse(doc: ArticleDocument): { places: Set<string>; lower: Set<string> } {
  const places = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const t = tokens[i];
      if (!t) continue;
      if (!t.upper) lower.add(t.text);
      else if (PLACE_NOUNS.has(tokens[i + 1]?.norm ?? '')) places.add(t.text);
    }
  }
  return { places, lower };
}

const surnameCache = new WeakMap<Knowledge, Set<string>>();

function officialSurnames(knowledge: Knowledge): Set<string> {
  let set = surnameCache.get(knowledge);
  if (!set) {
    set = new Set(
      knowledge.entries
        .filter((e) => e.kind === 'Official')
        .map((e) => e.name.split(' ').pop() ?? ''),
    );
    surnameCache.set(knowledge, set);
  }
  return set;
}

function bodyAt(
  doc: ArticleDocument,
  sentence: Sentence,
  i: number,
  words: { places: Set<string>; lower: Set<string> },
): boolean {
  const tokens = sentence.tokens;
  const state = sentence.covered[i - 1];
  if (state?.kind !== 'State' || state.weak || state.tokenEnd !== i) return false;
  if (PLACE_PREPOSITIONS.has(tokens[state.tokenStart - 1]?.norm ?? '')) return false;
  const name = tokens[i + 1];
  if (tokens[i]?.text !== "'s" || !name || sentence.covered[i + 1] || !NAME.test(name.text))
    return false;
  if (CALENDAR.has(name.text) || words.places.has(name.text)) return false;
  // "Niger's Gen. Abdourahamane Tchiani": a title, or a short word cut by its abbreviation point.
  if (doc.gazetteers.titles.longestAt(tokens, i + 1)) return false;
  if (tokens[i + 2]?.text === '.' && name.text.length <= 4 && !/^\p{Lu}+$/u.test(name.text))
    return false;
  if (words.lower.has(name.text.toLowerCase())) return false;
  // "Russia's Putin": the surname of a known office holder is a person, not a body.
  if (officialSurnames(doc.knowledge).has(name.text)) return false;
  const next = tokens[i + 2];
  if (next && VERB_FOLLOWERS.has(next.text)) return true;
  // "from Norway's Kongsberg." but not "Drones struck Russia's Belgorod, ...": before punctuation
  // the name must be a subject or the source of something.
  const opener = tokens[state.tokenStart - 1]?.norm;
  // "a contract with South Korea's Hanwha for howitzers", "built by Sweden's Saab and".
  if (PARTY_OPENERS.has(opener ?? '') && next && PARTY_FOLLOWERS.has(next.norm)) return true;
  return (
    (next === undefined || PUNCTUATION.has(next.text)) &&
    (opener === undefined || SOURCE_OPENERS.has(opener))
  );
}

export const recogniseIntroducedBodies: EntityRecogniser = {
  name: 'introduced-bodies',
  recognise(doc) {
    let words: { places: Set<string>; lower: Set<string> } | undefined;
    for (const sentence of doc.sentences) {
      const tokens = sentence.tokens;
      for (let i = 1; i + 1 < tokens.length; i += 1) {
        if (tokens[i]?.text !== "'s" || sentence.covered[i - 1]?.kind !== 'State') continue;
        words ??= wordsInUse(doc);
        if (!bodyAt(doc, sentence, i, words)) continue;
        const name = tokens[i + 1];
        if (!name) continue;
        addMention(sentence, {
          kind: 'Organization',
          name: name.text,
          surface: name.text,
          start: name.start,
          end: name.end,
          tokenStart: i + 1,
          tokenEnd: i + 2,
          via: 'introduced',
          orgType: 'shaped',
        });
      }
    }
  },
};
