/**
 * Names an article defines itself: "Long Name (ACR)". The long name and the acronym become
 * forms of one entity for the rest of the article: a known entity when the list knows either
 * form, a Weapon named by the acronym when the long name ends in a weapon noun ("National
 * Advanced Surface-to-Air Missile Systems (NASAMS)"), else an Organization named by the long
 * name ("Syrian National Army (SNA)").
 */
import type { GazetteerEntry } from '../../knowledge/Knowledge.js';
import type { Gazetteer } from './createGazetteer.js';
import { tokenize } from '../text/tokenize.js';

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'du', 'des', 'al', 'el', 'on', 'in']);
const MAX_WORDS = 9;
/** Long names that are documents or events, not actors ("... Treaty (INF)"). */
const NOT_ACTOR_HEADS = new Set(
  'treaty agreement act declaration resolution plan programme program initiative zone accord convention deal strategy index report'.split(
    ' ',
  ),
);
const DEFINITION = /\(([A-Z][A-Z0-9]{1,7})\)/g;

function initialsCover(words: string[], acronym: string): boolean {
  const initials = new Set(words.map((w) => (w[0] ?? '').toUpperCase()));
  const letters = [...acronym].filter((c) => /[A-Z]/.test(c));
  const hits = letters.filter((c) => initials.has(c)).length;
  return hits * 2 >= letters.length && initials.has(letters[0] ?? '');
}

/** The capitalised run ending right before `end` (the space before "("), trimmed to the acronym. */
function longNameBefore(text: string, end: number, acronym: string): string | undefined {
  const before = text.slice(Math.max(0, end - 160), end);
  const words = before.split(/\s+/).filter(Boolean);
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0 && run.length < MAX_WORDS; k -= 1) {
    const w = (words[k] as string).replace(/[’]/g, "'");
    if (/^[\p{Lu}][\p{L}\p{N}'.-]*$/u.test(w) && !/[,;:]$/.test(w)) run.unshift(w);
    else if (CONNECTORS.has(w) && run.length > 0) run.unshift(w);
    else break;
  }
  while (run.length > 0 && CONNECTORS.has(run[0] as string)) run.shift();
  while (run.length > 1 && !acronym.includes((run[0] as string)[0] ?? '')) run.shift();
  if (
    run.length < 2 ||
    !initialsCover(
      run.filter((w) => !CONNECTORS.has(w)),
      acronym,
    )
  )
    return undefined;
  if (/'s$/.test(run[run.length - 1] as string)) return undefined;
  return run.join(' ');
}

function knownEntry(names: Gazetteer, form: string): GazetteerEntry | undefined {
  const tokens = tokenize(form);
  const match = names.longestAt(tokens, 0);
  return match && match.end === tokens.length ? match.entry : undefined;
}

function entryFor(
  names: Gazetteer,
  long: string,
  acronym: string,
  isWeaponNoun: (phrase: string) => boolean,
): GazetteerEntry | undefined {
  const known = knownEntry(names, long) ?? knownEntry(names, acronym);
  if (known) return known.orgType === 'newsOutlet' ? undefined : known;
  const words = long.toLowerCase().split(' ');
  const last = words[words.length - 1] ?? '';
  if (isWeaponNoun(words.slice(-2).join(' ')) || isWeaponNoun(last))
    return { form: acronym, caseSensitive: true, kind: 'Weapon', name: acronym };
  if (NOT_ACTOR_HEADS.has(last)) return undefined;
  return { form: long, caseSensitive: true, kind: 'Organization', name: long, orgType: 'defined' };
}

/** Gazetteer entries for the names the article defines, both forms of each. */
export function findDefinitions(
  text: string,
  names: Gazetteer,
  isWeaponNoun: (phrase: string) => boolean,
): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[1] as string;
    const at = match.index ?? 0;
    const long = longNameBefore(text, at, acronym);
    if (!long) continue;
    const entry = entryFor(names, long, acronym, isWeaponNoun);
    if (!entry) continue;
    out.push({ ...entry, form: long }, { ...entry, form: acronym, caseSensitive: true });
  }
  return out;
}
