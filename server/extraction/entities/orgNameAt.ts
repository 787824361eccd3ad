/**
 * Organizations by the shape of their names, for bodies no list knows: a run of capitalised
 * words ending in a word that names a body ("Guyana Defence Force", "Eastern Theater Command",
 * "Defense Security Cooperation Agency", "Congo River Alliance"). A State or demonym may open
 * the run ("Lebanese Armed Forces", "Kosovo Police"); the run needs a word besides it.
 */
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Sentence } from '../document/Sentence.js';
import type { Token } from '../text/Token.js';
import { systemNameAt } from './systemNameAt.js';

/** Last words that make a capitalised run the name of a body. */
export const ORG_HEADS = new Set(
  'Forces Force Army Navy Movement Front Alliance Council Ministry Agency Police Guard Corps Party Group Brigade Brigades Mission Command Office Committee Commission Organization Organisation Union Community Court Institute Service Department Authority Coalition League Assembly Directorate Bureau Federation Militia Battalion Regiment Division Observatory Tribunal Network Centre Center Foundation Secretariat Cabinet Parliament Senate Congress Association Panel Watch International Corporation Corp Industries Aviation Aerospace Dynamics Shipyard Shipyards Shipbuilding Government'.split(
    ' ',
  ),
);
/** Heads of civil or armed state bodies: officials of these act for the State that opens the name. */
const GOVERNMENT_HEADS = new Set(
  'Ministry Agency Office Department Service Directorate Bureau Cabinet Secretariat'.split(' '),
);
/** Heads of a State's armed forces: "Guyana Defence Force", "Lebanese Armed Forces". */
const MILITARY_HEADS = new Set('Forces Force Army Navy Guard Corps'.split(' '));
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on']);
/** Connectors after a head that opens a name: "Alliance of Sahel States", "Association for …". */
const HEAD_OPENERS = new Set(['of', 'for']);
/** Lower-case body nouns that make "State name + noun" a body: "Kosovo police". */
const LOWER_BODIES: Readonly<Record<string, string>> = { police: 'Police' };
const NOT_OPENERS = new Set(
  'The A An This That These Those Its Their His Her Our Some Several Many New Former Both In On At For From With By Of To And Or But As After Before During Since While When If Under Over Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(
    ' ',
  ),
);
const MAX_WORDS = 7;
/** "Foreign Ministry", "Defence Ministry": a generic word and a head name no body by themselves. */
const GENERIC = new Set(
  'Foreign Defence Defense Interior Home Finance Justice Health War Security Intelligence Economy Trade State Federal National Central Prime Presidential Special Joint Armed Military Police'.split(
    ' ',
  ),
);

export interface OrgName {
  name: string;
  end: number;
  /** State named at the start of the run, for government bodies and armed forces. */
  country?: string;
  /** The State's armed forces rather than a civil body. */
  military?: boolean;
}

function isCapitalised(t: Token | undefined): boolean {
  return t !== undefined && /^\p{Lu}[\p{L}'.-]*$/u.test(t.text);
}

function textOf(tokens: readonly Token[], from: number, to: number): string {
  let out = '';
  for (let k = from; k < to; k += 1) {
    const t = tokens[k] as Token;
    out += (k > from && t.spaceBefore ? ' ' : '') + t.text;
  }
  return out;
}

/** End of the run of capitalised words (with connectors) starting at `i`. */
function runEnd(doc: ArticleDocument, tokens: readonly Token[], i: number): number {
  let end = i;
  let words = 0;
  while (end < tokens.length && words < MAX_WORDS) {
    const t = tokens[end] as Token;
    if (isCapitalised(t) && (end === i || t.spaceBefore || tokens[end - 1]?.text === '-')) {
      const known = end > i ? doc.gazetteers.names.longestAt(tokens, end) : undefined;
      if (known && known.entry.kind !== 'State') break;
      end += 1;
      words += 1;
    } else if (t.text === '-' && !t.spaceBefore && isCapitalised(tokens[end + 1])) end += 1;
    else if (CONNECTORS.has(t.text) && isCapitalised(tokens[end + 1]) && end > i) end += 1;
    else if (t.text === 'U.S.' && end === i) {
      end += 1;
      words += 1;
    } else break;
  }
  return end;
}

function startsWeapon(doc: ArticleDocument, sentence: Sentence, k: number): boolean {
  if (doc.gazetteers.names.longestAt(sentence.tokens, k)?.entry.kind === 'Weapon') return true;
  const system = systemNameAt(doc, sentence, k);
  return system !== undefined;
}

/** The end of the run cut back to its last head word. */
function trimToHead(tokens: readonly Token[], i: number, run: number): number {
  let end = run;
  while (end > i && !ORG_HEADS.has(tokens[end - 1]?.text ?? '')) end -= 1;
  return end;
}

/** A head followed by "of"/"for" and more capitalised words names the whole run. */
function headOpensName(tokens: readonly Token[], i: number, run: number): boolean {
  for (let k = i; k + 2 < run; k += 1) {
    if (ORG_HEADS.has(tokens[k]?.text ?? '') && HEAD_OPENERS.has(tokens[k + 1]?.text ?? ''))
      return isCapitalised(tokens[run - 1]);
  }
  return false;
}

/** "Kosovo police": a State's own name followed by a lower-case body noun. */
function stateWithLowerBody(
  doc: ArticleDocument,
  tokens: readonly Token[],
  i: number,
): OrgName | undefined {
  const state = doc.gazetteers.names.longestAt(tokens, i);
  if (state?.entry.kind !== 'State' || state.entry.role) return undefined;
  const body = LOWER_BODIES[tokens[state.end]?.text ?? ''];
  if (!body) return undefined;
  return {
    name: `${textOf(tokens, i, state.end)} ${body}`,
    end: state.end + 1,
    country: state.entry.name,
    military: false,
  };
}

/** The organization name starting at token `i`, if the shape fits. */
export function orgNameAt(
  doc: ArticleDocument,
  sentence: Sentence,
  i: number,
): OrgName | undefined {
  const tokens = sentence.tokens;
  const first = tokens[i];
  if (!first?.upper || NOT_OPENERS.has(first.text)) return undefined;
  if (tokens[i - 1]?.text === '-' && !tokens[i - 1]?.spaceBefore) return undefined;
  const previous = tokens[i - 1];
  if (isCapitalised(previous) && !NOT_OPENERS.has(previous?.text ?? '')) return undefined;
  const run = runEnd(doc, tokens, i);
  const lowerBody = stateWithLowerBody(doc, tokens, i);
  if (lowerBody) return lowerBody;
  const end = headOpensName(tokens, i, run) ? run : trimToHead(tokens, i, run);
  if (end - i < 2) return undefined;
  // "Royal Air Force Typhoon jets": the body ends where a weapon's name begins.
  if (end < run && !startsWeapon(doc, sentence, end)) return undefined;
  if (end - i === 2 && GENERIC.has(first.text)) return undefined;
  const opener = doc.gazetteers.names.longestAt(tokens, i);
  if (opener && opener.end >= end) return undefined;
  const head = tokens[end - 1]?.text ?? '';
  // "National Unity Government" is a body; "the Myanmar Government" is the State itself.
  if (head === 'Government' && (opener !== undefined || end - i < 3)) return undefined;
  const out: OrgName = { name: textOf(tokens, i, end).replace(/^U\.S\. /, 'U.S. '), end };
  if (opener?.entry.kind === 'State' && GOVERNMENT_HEADS.has(head)) out.country = opener.entry.name;
  if (opener?.entry.kind === 'State' && MILITARY_HEADS.has(head)) {
    out.country = opener.entry.name;
    out.military = true;
  }
  return out;
}
