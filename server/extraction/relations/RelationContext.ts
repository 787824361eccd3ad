/**
 * What relation rules know beyond one sentence: who is speaking (quotes and reported speech),
 * and what pronouns point back to ("they" → the last group of actors, "he" → the last official).
 */
import type { Knowledge } from '../../knowledge/Knowledge.js';
import type { ArticleDocument } from '../document/ArticleDocument.js';
import type { Mention } from '../document/Mention.js';
import type { Sentence } from '../document/Sentence.js';

export interface RelationContext {
  doc: ArticleDocument;
  knowledge: Knowledge;
  /** Speakers of each sentence (by sentence index): quote attribution or reported speech. */
  speakers: Map<number, Mention[]>;
  /** Last group of two or more actors (meeting participants, coordinated subjects). */
  plural: Mention[];
  /** Earlier groups of two or more actors, oldest first ("all three juntas" looks back to them). */
  groups: Mention[][];
  lastOfficial: Mention | undefined;
  lastSingular: Mention | undefined;
  /** Main subject of the previous sentence ("Britain said it would send ..."). */
  previousSubject: Mention | undefined;
  /** Supply claims so far (supplier and weapon names), for "the missile transfers" named later. */
  supplies: { supplier: Mention; weapons: string[] }[];
}

export function speakersOf(ctx: RelationContext, sentence: Sentence): Mention[] {
  return ctx.speakers.get(sentence.index) ?? [];
}
