/**
 * Later short mentions of an official ("Blinken", "Park", "Xi") resolve to the full name found
 * earlier (or later) in the article. Family-name-first names ("Kim Jong Un") are known by their
 * first word; others by their last. A one-word official ("President Biden") merges into a
 * full-name official with that short form.
 */
import type { Knowledge } from '../../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../../document/ArticleDocument.js';
import type { Mention } from '../../document/Mention.js';
import { addMention } from '../../document/Sentence.js';
import type { Token } from '../../text/Token.js';
import type { EntityRecogniser } from '../EntityRecogniser.js';

const FUNCTION_WORDS = new Set([
  'He',
  'She',
  'It',
  'We',
  'They',
  'I',
  'Le',
  'La',
  'Lu',
  'Ma',
  'The',
  'An',
  'A',
  'As',
  'In',
  'On',
  'Do',
  'No',
  'So',
]);

interface ShortForm {
  official: Mention;
  surnameFirst: boolean;
  /** Where the official's full name is written in the article. */
  starts: number[];
}

function shortFormsOf(m: Mention, knowledge: Knowledge): { form: string; surnameFirst: boolean }[] {
  const words = m.name.split(/\s+/).filter((w) => !knowledge.nameSuffixes.includes(w));
  if (words.length < 2) return [];
  const parts = (words[words.length - 1] as string).split('-');
  const particle =
    parts.length > 1 && knowledge.nameParticles.includes(parts[0]?.toLowerCase() ?? '');
  const out = [
    {
      form: (particle ? parts.slice(1).join('-') : parts[0]) as string,
      surnameFirst: false,
    },
  ];
  const first = words[0] as string;
  if (knowledge.surnameFirst.includes(first)) out.push({ form: first, surnameFirst: true });
  return out.filter((f) => f.form.length > 1 && !FUNCTION_WORDS.has(f.form));
}

function collectShortForms(doc: ArticleDocument): Map<string, ShortForm[]> {
  const table = new Map<string, ShortForm[]>();
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (m.kind !== 'Official') continue;
      for (const { form, surnameFirst } of shortFormsOf(m, doc.knowledge)) {
        const list = table.get(form) ?? [];
        const known = list.find((s) => s.official.name === m.name);
        if (known) known.starts.push(m.start);
        else list.push({ official: m, surnameFirst, starts: [m.start] });
        table.set(form, list);
      }
    }
  }
  for (const list of table.values()) for (const c of list) c.starts.sort((a, b) => a - b);
  return table;
}

/** The largest value ≤ `start` in ascending `starts`, or -1. */
function latestAtOrBefore(starts: readonly number[], start: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? (starts[lo - 1] as number) : -1;
}

/**
 * The official whose full name was written last before `start` (two relatives share a surname:
 * "Haftar" after "Saddam Haftar" is Saddam), else the first one introduced.
 */
function pick(candidates: ShortForm[], start: number): ShortForm | undefined {
  let best: ShortForm | undefined;
  let bestAt = -1;
  for (const c of candidates) {
    const at = latestAtOrBefore(c.starts, start);
    if (at > bestAt) [best, bestAt] = [c, at];
  }
  return best ?? candidates[0];
}

/**
 * Given names used alone ("Prabowo" after "Prabowo Subianto", "Taye" after "Taye Atske Selassie"):
 * the first word of a full name, when exactly one official of the article has it and the article
 * never writes it in lower case as an ordinary word ("Will", "Hope").
 */
function collectGivenNames(
  doc: ArticleDocument,
  table: Map<string, ShortForm[]>,
): Map<string, ShortForm> {
  const seen = new Map<string, ShortForm | null>();
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (m.kind !== 'Official') continue;
      const words = m.name.split(/\s+/);
      const first = words[0] as string;
      if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(first) || FUNCTION_WORDS.has(first))
        continue;
      if (doc.knowledge.surnameFirst.includes(first) || table.has(first)) continue;
      const known = seen.get(first);
      if (known === undefined)
        seen.set(first, { official: m, surnameFirst: false, starts: [m.start] });
      else if (known && known.official.name !== m.name) seen.set(first, null);
    }
  }
  const out = new Map<string, ShortForm>();
  if (seen.size === 0) return out;
  const words = new Set<string>();
  for (const sentence of doc.sentences)
    for (const t of sentence.tokens) if (!t.upper) words.add(t.text);
  for (const [form, c] of seen) if (c && !words.has(form.toLowerCase())) out.set(form, c);
  return out;
}

/** The full names of officials, indexed by their first word. */
function fullNames(doc: ArticleDocument): Map<string, Mention[]> {
  const index = new Map<string, Mention[]>();
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (m.kind !== 'Official' || !m.name.includes(' ')) continue;
      const first = m.name.split(/[\s-]/)[0] as string;
      const list = index.get(first) ?? [];
      if (!list.some((x) => x.name === m.name)) list.push(m);
      index.set(first, list);
    }
  }
  return index;
}

/** "received Khalifa Haftar": a full name written again without a title is the same official. */
function recogniseRepeatedNames(doc: ArticleDocument): void {
  const index = fullNames(doc);
  if (index.size === 0) return;
  for (const sentence of doc.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i += 1) {
      const token = tokens[i] as Token;
      if (sentence.covered[i] || !token.upper) continue;
      for (const official of index.get(token.text) ?? []) {
        const end = token.start + official.name.length;
        if (doc.masked.slice(token.start, end) !== official.name) continue;
        if (/[\p{L}\p{N}]/u.test(doc.masked[end] ?? '')) continue;
        let j = i;
        while (j < tokens.length && (tokens[j] as Token).end <= end) j += 1;
        if ((tokens[j - 1] as Token).end !== end || sentence.covered.slice(i, j).some(Boolean))
          continue;
        addMention(sentence, {
          ...official,
          surface: official.name,
          start: token.start,
          end,
          tokenStart: i,
          tokenEnd: j,
          via: 'repeated',
        });
        i = j - 1;
        break;
      }
    }
  }
}

function mergeOneWordOfficials(doc: ArticleDocument, table: Map<string, ShortForm[]>): void {
  for (const sentence of doc.sentences) {
    for (const m of sentence.mentions) {
      if (m.kind !== 'Official' || m.name.includes(' ')) continue;
      const target = pick(table.get(m.name) ?? [], m.start);
      if (!target) continue;
      m.name = target.official.name;
      m.affiliation ??= target.official.affiliation;
      m.affiliationKind ??= target.official.affiliationKind;
    }
  }
}

export const recogniseSurnames: EntityRecogniser = {
  name: 'surnames',
  recognise(doc) {
    recogniseRepeatedNames(doc);
    const table = collectShortForms(doc);
    mergeOneWordOfficials(doc, table);
    if (table.size === 0) return;
    const given = collectGivenNames(doc, table);
    for (const sentence of doc.sentences) {
      const tokens = sentence.tokens;
      for (let i = 0; i < tokens.length; i += 1) {
        const token = tokens[i] as Token;
        if (sentence.covered[i] || !token.upper) continue;
        const found = pick(table.get(token.text) ?? [], token.start) ?? given.get(token.text);
        if (!found) continue;
        const next = tokens[i + 1];
        const alone = !(next?.upper && next.spaceBefore && !sentence.covered[i + 1]);
        if ((found.surnameFirst || table.get(token.text) === undefined) && !alone) continue;
        addMention(sentence, {
          kind: 'Official',
          name: found.official.name,
          surface: token.text,
          start: token.start,
          end: token.end,
          tokenStart: i,
          tokenEnd: i + 1,
          via: 'surname',
          ...(found.official.affiliation ? { affiliation: found.official.affiliation } : {}),
          ...(found.official.affiliationKind
            ? { affiliationKind: found.official.affiliationKind }
            : {}),
        });
      }
    }
  },
};
