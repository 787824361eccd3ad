/**
 * Named weapon systems by their shape, for systems no list knows: a model designator ("CH-4",
 * "F-16V", "K2") or a capitalised name ("Ground Master 200", "Mistral"), then up to three
 * descriptive words, then a weapon noun ("attack drones", "short-range air defence missiles").
 * The whole phrase is one Weapon named by the designator or name.
 */
import type { GazetteerEntry } from '../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Sentence } from '../document/Sentence.js';
import type { Token } from '../text/Token.js';

export interface SystemName {
  /** Canonical name: the designator or name as written, or the known system's name. */
  name: string;
  /** Exclusive token index of the end of the name. */
  nameEnd: number;
  /** Exclusive token index of the end of the whole phrase. */
  end: number;
}

/** Words that describe a weapon between its name and its noun. */
const DESCRIPTIVE = new Set(
  'attack combat air defence defense missile missiles rocket artillery heavy light advanced coastal naval tactical strategic multiple ballistic cruise main battle guided unmanned armed armoured armored stealth supersonic hypersonic medium short long range new modern upgraded mobile portable surveillance reconnaissance kamikaze loitering suicide strike transport precision infantry fighting assault sniper machine towed wheeled tracked radar interceptor nuclear surface patrol offshore training jet light-attack self propelled class type series system systems launch launched'.split(
    ' ',
  ),
);
/** Nouns too general to make a name a weapon system ("Western weapons", "Wagner fighters"). */
const GENERAL_HEADS = new Set([
  'weapons',
  'munitions',
  'ammunition',
  'military equipment',
  'military technology',
  'explosives',
  'warheads',
]);
const NOT_SYSTEM_WORDS = new Set(
  'The A An This That These Those Its Their His Her Our Some Several Many More Most Other Such Both All Any Each New Old Over After Before With From To In On At As Amid And Or But By For Of Under Into Western Eastern Northern Southern Soviet Allied Arab Serb Kurd Sunni Shia Shiite Islamist Jihadist Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
/** Adjectives of peoples and regions ("Kurdish", "Baltic", "Houthi"), never system names. */
const ADJECTIVE_ENDING = /(?:ish|ian|ean|ese|ern|ic|i)$/;

function isDesignator(text: string): boolean {
  return /\d/.test(text) && /^\p{Lu}/u.test(text);
}

function joined(t: Token | undefined): boolean {
  return t !== undefined && !t.spaceBefore;
}

/** One hyphen-joined chunk starting at `i` ("CH-92A", "Fath-360", "Ground"): its end. */
function chunkEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (
    tokens[end]?.text === '-' &&
    joined(tokens[end]) &&
    joined(tokens[end + 1]) &&
    /^[\p{L}\p{N}]+$/u.test(tokens[end + 1]?.text ?? '')
  )
    end += 2;
  return end;
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    out += (k > from && t.spaceBefore ? ' ' : '') + t.text;
  }
  return out;
}

function lowerWords(doc: ArticleDocument): Set<string> {
  let set = LOWER_CACHE.get(doc);
  if (!set) {
    set = new Set();
    for (const s of doc.sentences) for (const t of s.tokens) if (!t.upper) set.add(t.norm);
    LOWER_CACHE.set(doc, set);
  }
  return set;
}
const LOWER_CACHE = new WeakMap<ArticleDocument, Set<string>>();

function isWeaponNoun(entry: GazetteerEntry | undefined): boolean {
  return entry?.kind === 'Weapon' && entry.name === entry.name.toLowerCase();
}

/** Chunks of the name: capitalised words and designators, at most three. */
function nameEndAt(doc: ArticleDocument, sentence: Sentence, i: number): number {
  const tokens = sentence.tokens;
  let end = i;
  let sawDesignator = false;
  for (let chunks = 0; chunks < 3; chunks += 1) {
    const t = tokens[end];
    if (!t || (end > i && !t.spaceBefore)) break;
    const stop = chunkEnd(tokens, end);
    const text = textOf(tokens, end, stop);
    const designator = isDesignator(text);
    if (/^\d+$/.test(text)) {
      if (end > i && !sawDesignator) end = stop;
      break;
    }
    if (!designator) {
      if (sawDesignator || (!/^\p{Lu}[\p{Ll}]+$/u.test(text) && !/^\p{Lu}{2,8}$/u.test(text)))
        break;
      if (NOT_SYSTEM_WORDS.has(text) || ADJECTIVE_ENDING.test(text)) break;
      const known = doc.gazetteers.names.longestAt(tokens, end);
      if (known && known.entry.kind !== 'Weapon') break;
      if (known && isWeaponNoun(known.entry)) break;
      if (end === 0 && lowerWords(doc).has(t.norm)) break;
    }
    sawDesignator ||= designator;
    end = stop;
  }
  return end;
}

/** End of the weapon noun after the name, past descriptive words, or -1. */
function headEndAfter(
  doc: ArticleDocument,
  sentence: Sentence,
  from: number,
  bare: boolean,
): number {
  const tokens = sentence.tokens;
  let words = 0;
  for (let k = from; k < tokens.length && words <= 3;) {
    const t = tokens[k] as Token;
    const match = doc.gazetteers.names.longestAt(tokens, k);
    if (match && isWeaponNoun(match.entry) && !t.upper) {
      if (GENERAL_HEADS.has(match.entry.name)) return -1;
      if (bare && /^fighters?$/.test(t.norm) && match.end === k + 1) return -1;
      return extendNouns(doc, sentence, match.end);
    }
    if (doc.knowledge.weaponHeadNouns.includes(t.norm) && !t.upper)
      return bare && /^fighters?$/.test(t.norm) ? -1 : extendNouns(doc, sentence, k + 1);
    if (t.text === '-' && joined(t) && joined(tokens[k + 1])) {
      k += 1;
      continue;
    }
    const inCompound =
      (tokens[k + 1]?.text === '-' && joined(tokens[k + 1])) ||
      (tokens[k - 1]?.text === '-' && joined(t));
    if (!/^\p{Ll}+$/u.test(t.text) || (!DESCRIPTIVE.has(t.norm) && !inCompound)) return -1;
    words += t.spaceBefore ? 1 : 0;
    k += 1;
  }
  return -1;
}

/** "air defence missiles": a weapon noun right after another belongs to the same phrase. */
function extendNouns(doc: ArticleDocument, sentence: Sentence, end: number): number {
  let at = end;
  for (let hops = 0; hops < 3; hops += 1) {
    const next = doc.gazetteers.names.longestAt(sentence.tokens, at);
    if (next && isWeaponNoun(next.entry) && !sentence.tokens[at]?.upper) at = next.end;
    else if (doc.knowledge.weaponHeadNouns.includes(sentence.tokens[at]?.norm ?? '')) at += 1;
    else break;
  }
  return at;
}

/** The named system starting at token `i`, if the shape fits. */
export function systemNameAt(
  doc: ArticleDocument,
  sentence: Sentence,
  i: number,
): SystemName | undefined {
  const tokens = sentence.tokens;
  const first = tokens[i];
  if (!first?.upper && !/^\d/.test(first?.text ?? '')) return undefined;
  if (tokens[i - 1]?.text === '-' && joined(tokens[i - 1])) return undefined;
  const nameEnd = nameEndAt(doc, sentence, i);
  if (nameEnd <= i) return undefined;
  if (tokens[nameEnd]?.text === '-' && joined(tokens[nameEnd])) return undefined;
  const text = textOf(tokens, i, nameEnd);
  const bare = !isDesignator(text);
  const civil = doc.knowledge.civilNames;
  if (civil.includes(text) || civil.includes(first?.text ?? '')) return undefined;
  const end = headEndAfter(doc, sentence, nameEnd, bare);
  if (end < 0) return undefined;
  const known = doc.gazetteers.names.longestAt(tokens, i);
  const name =
    known && known.end === nameEnd && known.entry.kind === 'Weapon' ? known.entry.name : text;
  return { name, nameEnd, end };
}
