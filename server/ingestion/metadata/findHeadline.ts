/**
 * The headline of an article without metadata: its first line that reads as a headline. Category
 * crumbs ("Asia Global News News South Korea United States", "Home > World > Asia") and bylines
 * are passed over when a clearer headline follows.
 */

/** Words of site sections that make up crumb lines. */
const SECTION_WORDS = new Set(
  'home news world asia europe africa americas americas middle east politics business economy opinion analysis sport sports tech technology science health global international national local latest breaking live video markets us uk defence defense security diplomacy region regional'.split(
    ' ',
  ),
);
const CRUMB_SEPARATOR = /\s[>›»|/·•]\s/;
const BYLINE = /^(?:by|from|reporting by|written by)\s+\p{Lu}/iu;
const SENTENCE_PUNCTUATION = /[.,:;!?'"’“”()–—-]/;
const MAX_HEADLINE = 200;
const LOOK_AHEAD = 6;

/** True for a line of section names: every word capitalised, no punctuation, section words or repeats. */
export function isCrumbLine(line: string): boolean {
  const text = line.trim();
  if (
    CRUMB_SEPARATOR.test(text) &&
    text.split(CRUMB_SEPARATOR).every((part) => part.trim().split(/\s+/).length <= 4)
  ) {
    return true;
  }
  if (SENTENCE_PUNCTUATION.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || !words.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return false;
  const lower = words.map((word) => word.toLowerCase());
  const repeats = new Set(lower).size < lower.length;
  const sections = lower.filter((word) => SECTION_WORDS.has(word)).length;
  return repeats || sections >= 2 || (sections >= 1 && words.length >= 4);
}

function isSkippable(line: string): boolean {
  return isCrumbLine(line) || BYLINE.test(line) || !/\p{L}/u.test(line);
}

/** First sentence of a paragraph, shortened at a word boundary, for articles without a headline. */
function shorten(paragraph: string): string {
  const sentence = /^.{20,}?[.!?](?=\s|$)/u.exec(paragraph)?.[0] ?? paragraph;
  if (sentence.length <= 120) return sentence;
  return `${sentence.slice(0, 117).replace(/\s+\S*$/, '')}…`;
}

export interface Headline {
  title: string;
  /** Index of the headline among the article's lines, or -1 when shortened from prose. */
  line: number;
}

export function findHeadline(text: string): Headline | null {
  const entries = text
    .split('\n')
    .map((line, index) => ({ line: line.trim().replace(/\s+/g, ' '), index }))
    .filter((entry) => entry.line);
  const first =
    entries.slice(0, LOOK_AHEAD).find((entry) => !isSkippable(entry.line)) ?? entries[0];
  if (!first) return null;
  if (first.line.length <= MAX_HEADLINE) return { title: first.line, line: first.index };
  return { title: shorten(first.line), line: -1 };
}
