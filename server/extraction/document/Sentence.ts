import type { Token } from '../text/Token.js';
import type { Mention } from './Mention.js';

/** One sentence of the article with its tokens and, once recognised, its mentions. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  tokens: Token[];
  /** Sorted by tokenStart, never overlapping. */
  mentions: Mention[];
  /** Token index → mention covering it. */
  covered: (Mention | undefined)[];
}

/** Adds a mention if its tokens are free; returns whether it was added. */
export function addMention(sentence: Sentence, mention: Mention): boolean {
  for (let i = mention.tokenStart; i < mention.tokenEnd; i += 1)
    if (sentence.covered[i]) return false;
  for (let i = mention.tokenStart; i < mention.tokenEnd; i += 1) sentence.covered[i] = mention;
  sentence.mentions.push(mention);
  return true;
}

/** Mentions in token order. */
export function sortMentions(sentence: Sentence): void {
  sentence.mentions.sort((a, b) => a.tokenStart - b.tokenStart);
}
