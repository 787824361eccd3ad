/**
 * Gazetteer names: States (names, initials, capitals, demonyms), Organizations (including news
 * outlets, which only block false matches) and Weapons (named systems before kinds).
 */
import type { GazetteerEntry } from '../../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import { addMention } from '../../document/Sentence.js';
import type { Sentence } from '../../document/Sentence.js';
import type { Token } from '../../text/Token.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';
import { followSpelling } from '../followSpelling.js';
import { orgNameAt } from '../orgNameAt.js';
import { systemNameAt } from '../systemNameAt.js';
import type { GazetteerMatch } from '../createGazetteer.js';

const WEAPON: GazetteerEntry = { form: '', caseSensitive: true, kind: 'Weapon', name: '' };

function isBlockedWeapon(
  doc: ArticleDocument,
  tokens: readonly Token[],
  start: number,
  entry: GazetteerEntry,
): boolean {
  if (entry.kind !== 'Weapon') return false;
  const before = tokens[start - 1];
  if (before && doc.knowledge.weaponBlockedBefore.includes(before.norm)) return true;
  for (let i = Math.max(0, start - 4); i < start; i += 1) {
    if (doc.knowledge.civilNames.includes(tokens[i]?.text ?? '')) return true;
  }
  return false;
}

function isKindName(entry: GazetteerEntry): boolean {
  return entry.kind === 'Weapon' && entry.name === entry.name.toLowerCase();
}

function textOf(sentence: Sentence, start: number, end: number): string {
  return sentence.tokens
    .slice(start, end)
    .map((t) => t.norm)
    .join(' ');
}

function toMention(sentence: Sentence, entry: GazetteerEntry, start: number, end: number): Mention {
  const first = sentence.tokens[start] as Token;
  const last = sentence.tokens[end - 1] as Token;
  const mention: Mention = {
    kind: entry.kind,
    name: isKindName(entry) ? followSpelling(entry.name, textOf(sentence, start, end)) : entry.name,
    surface: '',
    start: first.start,
    end: last.end,
    tokenStart: start,
    tokenEnd: end,
    via: entry.role ?? 'name',
  };
  if (entry.orgType) mention.orgType = entry.orgType;
  if (entry.country) mention.country = entry.country;
  if (entry.role === 'demonym') mention.weak = true;
  if (entry.kind === 'Official' && entry.country) {
    mention.affiliation = entry.country;
    mention.affiliationKind = entry.affiliationKind ?? 'State';
    delete mention.country;
  }
  return mention;
}

/** A named system swallows the kind noun after it: "Shahed-136 drones" is one mention. */
function extendSystem(doc: ArticleDocument, tokens: readonly Token[], end: number): number {
  const next = doc.gazetteers.names.longestAt(tokens, end);
  if (next && next.entry.kind === 'Weapon' && next.entry.name === next.entry.name.toLowerCase())
    return next.end;
  return end;
}

/** "Southern Command" after "U.S. Southern Command": the shorter form is the same body. */
function earlierLongerName(earlier: readonly string[], name: string): string {
  return earlier.find((e) => e.endsWith(` ${name}`)) ?? name;
}

function longest(
  a: GazetteerMatch | undefined,
  b: GazetteerMatch | undefined,
): GazetteerMatch | undefined {
  if (!a) return b;
  return !b || a.end >= b.end ? a : b;
}

const PANEL = ['panel', 'of', 'experts'];

/**
 * "the U.N. panel of experts", "U.N. experts": the experts' panel of an international body is a
 * body of its own. Returns the end of the phrase, or 0.
 */
function expertPanelEnd(tokens: readonly Token[], match: GazetteerMatch): number {
  if (match.entry.kind !== 'Organization' || match.entry.orgType !== 'international') return 0;
  if (PANEL.every((w, k) => tokens[match.end + k]?.text === w)) return match.end + PANEL.length;
  return tokens[match.end]?.text === 'experts' ? match.end + 1 : 0;
}

function recogniseSentence(
  doc: ArticleDocument,
  sentence: Sentence,
  shaped: string[],
  panels: Map<string, string>,
): void {
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (sentence.covered[i]) continue;
    const match = longest(
      doc.local.longestAt(tokens, i),
      doc.gazetteers.names.longestAt(tokens, i),
    );
    const org = match && match.entry.kind !== 'State' ? undefined : orgNameAt(doc, sentence, i);
    if (org && (!match || match.end < org.end)) {
      const entry: GazetteerEntry = {
        form: org.name,
        caseSensitive: true,
        kind: 'Organization',
        name: earlierLongerName(shaped, org.name),
        orgType: org.military ? 'military' : org.country ? 'governmentBody' : 'shaped',
      };
      if (org.country) entry.country = org.country;
      shaped.push(entry.name);
      addMention(sentence, toMention(sentence, entry, i, org.end));
      i = org.end - 1;
      continue;
    }
    const system = systemNameAt(doc, sentence, i);
    if (
      system &&
      (!match || (match.entry.kind === 'Weapon' && match.end < system.end)) &&
      !isBlockedWeapon(doc, tokens, i, WEAPON)
    ) {
      const entry: GazetteerEntry = {
        form: system.name,
        caseSensitive: true,
        kind: 'Weapon',
        name: system.name,
      };
      addMention(sentence, toMention(sentence, entry, i, system.end));
      i = system.end - 1;
      continue;
    }
    if (!match || isBlockedWeapon(doc, tokens, i, match.entry)) continue;
    const panel = expertPanelEnd(tokens, match);
    if (panel > 0) {
      // Named as the article first names it: "U.N. experts" then "the U.N. panel of experts".
      const surface = doc.masked.slice(tokens[i]?.start ?? 0, tokens[panel - 1]?.end ?? 0);
      const name = panels.get(match.entry.name) ?? surface;
      panels.set(match.entry.name, name);
      const entry: GazetteerEntry = {
        form: surface,
        caseSensitive: true,
        kind: 'Organization',
        name,
        orgType: 'international',
      };
      addMention(sentence, toMention(sentence, entry, i, panel));
      i = panel - 1;
      continue;
    }
    const isSystem =
      match.entry.kind === 'Weapon' && match.entry.name !== match.entry.name.toLowerCase();
    const end = isSystem ? extendSystem(doc, tokens, match.end) : match.end;
    const mention = toMention(sentence, match.entry, i, end);
    addMention(sentence, mention);
    i = end - 1;
  }
}

export const recogniseNames: EntityRecogniser = {
  name: 'names',
  recognise(doc) {
    const shaped: string[] = [];
    const panels = new Map<string, string>();
    for (const sentence of doc.sentences) recogniseSentence(doc, sentence, shaped, panels);
  },
};
