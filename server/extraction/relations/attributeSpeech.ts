/**
 * Speakers of sentences: a quote that spans sentences belongs to the actor named in its
 * attribution (“…,” Blinken said / X said: “…”); reported speech belongs to the subject of
 * "said", "told", "according to".
 */
import type { Knowledge } from '../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';
import { actorsIn, coordinatedGroup, subjectGroup } from './clauses.js';
import { phraseMatcher } from './phraseMatcher.js';

interface Quote {
  open: number;
  close: number;
}

function findQuotes(masked: string): Quote[] {
  const quotes: Quote[] = [];
  let open = -1;
  for (let i = 0; i < masked.length; i += 1) {
    const c = masked[i];
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if ((c === '”' || c === '"') && open >= 0) {
      quotes.push({ open, close: i });
      open = -1;
    }
  }
  return quotes;
}

function isSpeechAt(sentence: Sentence, i: number, knowledge: Knowledge): boolean {
  return phraseMatcher(knowledge.speechVerbs)(sentence, i);
}

function tokenIndexAt(sentence: Sentence, offset: number): number {
  return sentence.tokens.findIndex((t) => t.start >= offset);
}

function lastOfficialBefore(doc: ArticleDocument, offset: number): Mention[] {
  for (let i = sentenceIndexAt(doc, offset); i >= 0; i -= 1) {
    const mentions = (doc.sentences[i] as Sentence).mentions;
    for (let k = mentions.length - 1; k >= 0; k -= 1) {
      const m = mentions[k] as Mention;
      if (m.kind === 'Official' && m.start < offset) return [m];
    }
  }
  return [];
}

/** Speaker named after a closing quote: `,” the State Department said`, `,” said Blinken`, `,” he said`. */
function speakerAfter(doc: ArticleDocument, sentence: Sentence, from: number): Mention[] {
  const knowledge = doc.knowledge;
  for (let k = from; k < Math.min(sentence.tokens.length, from + 10); k += 1) {
    if (!isSpeechAt(sentence, k, knowledge)) continue;
    const before = subjectGroup(sentence, k).filter((m) => m.tokenStart >= from);
    if (before.length > 0) return before;
    const pronoun = sentence.tokens[k - 1]?.norm;
    if (pronoun === 'he' || pronoun === 'she')
      return lastOfficialBefore(doc, sentence.tokens[k - 1]?.start ?? 0);
    const after = actorsIn(sentence, k + 1, Math.min(sentence.tokens.length, k + 6));
    const first = after[0];
    if (!first) return [];
    const group = coordinatedGroup(sentence, first, after);
    const end = (group[group.length - 1] as Mention).tokenEnd;
    return INVERTED_END.has(sentence.tokens[end]?.text ?? '.') ? group : [];
  }
  return [];
}

/** `,” said Blinken.` names the speaker; `and said Addis Ababa would` does not. */
const INVERTED_END = new Set(['.', ',', ';', '(', '—', '–', 'in', 'on', 'at']);

/** Speaker named before an opening quote: `Blinken said: “…`. */
function speakerBefore(sentence: Sentence, to: number, knowledge: Knowledge): Mention[] {
  for (let k = to - 1; k >= Math.max(0, to - 8); k -= 1) {
    if (isSpeechAt(sentence, k, knowledge)) return subjectGroup(sentence, k);
  }
  return [];
}

/** Index of the last sentence starting at or before `offset` (binary search). */
function sentenceIndexAt(doc: ArticleDocument, offset: number): number {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((doc.sentences[mid] as Sentence).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function sentenceAt(doc: ArticleDocument, offset: number): Sentence | undefined {
  const s = doc.sentences[sentenceIndexAt(doc, offset)];
  return s && offset <= s.end ? s : undefined;
}

function quoteSpeakers(doc: ArticleDocument, speakers: Map<number, Mention[]>): void {
  for (const q of findQuotes(doc.masked)) {
    const closing = sentenceAt(doc, q.close);
    const opening = sentenceAt(doc, q.open);
    let who: Mention[] = [];
    if (closing) who = speakerAfter(doc, closing, tokenIndexAt(closing, q.close + 1));
    if (who.length === 0 && opening)
      who = speakerBefore(opening, tokenIndexAt(opening, q.open), doc.knowledge);
    if (who.length === 0) continue;
    for (let i = Math.max(0, sentenceIndexAt(doc, q.open)); i < doc.sentences.length; i += 1) {
      const s = doc.sentences[i] as Sentence;
      if (s.start > q.close) break;
      if (s.end > q.open) speakers.set(s.index, who);
    }
  }
}

function reportedSpeakers(doc: ArticleDocument, speakers: Map<number, Mention[]>): void {
  for (const s of doc.sentences) {
    if (speakers.has(s.index)) continue;
    for (let k = 0; k < s.tokens.length; k += 1) {
      if (!isSpeechAt(s, k, doc.knowledge)) continue;
      const group = s.tokens[k]?.norm === 'according' ? [] : subjectGroup(s, k);
      const who = group.some((m) => m.tokenEnd >= k - 4) ? group : [];
      const after = who.length > 0 ? who : actorsIn(s, k + 1, Math.min(s.tokens.length, k + 5));
      if (after.length > 0) {
        speakers.set(
          s.index,
          who.length > 0 ? who : coordinatedGroup(s, after[0] as Mention, after),
        );
        break;
      }
    }
  }
}

export function attributeSpeech(doc: ArticleDocument): Map<number, Mention[]> {
  const speakers = new Map<number, Mention[]>();
  quoteSpeakers(doc, speakers);
  reportedSpeakers(doc, speakers);
  return speakers;
}
