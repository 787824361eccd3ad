/**
 * The end (exclusive) of a person's name starting at token `start`, or -1: capitalised words,
 * joined by in-word hyphens ("Sang-bum"), name particles ("bin", "al") and suffixes ("Jr.").
 */
import type { Knowledge } from '../../knowledge/Knowledge.js';
import type { Sentence } from '../document/Sentence.js';
import type { Token } from '../text/Token.js';

const NOT_NAMES = new Set(
  'The A An This That These Those In On At For From With By Of To And Or But As If When While After Before During Since Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December He She It They We I His Her Their Its Our Both Former Acting Interim New Top Senior Mr Mrs Ms Dr'.split(
    ' ',
  ),
);
const MAX_WORDS = 5;

function isNameWord(token: Token | undefined, sentence: Sentence, index: number): boolean {
  if (!token || !token.upper || sentence.covered[index]) return false;
  if (!/^\p{Lu}[\p{L}]*$/u.test(token.text)) return false;
  return !(
    token.text.length > 1 &&
    token.text === token.text.toUpperCase() &&
    token.text.length > 3
  );
}

function isJoined(token: Token | undefined): boolean {
  return token !== undefined && !token.spaceBefore;
}

export function nameRunAt(sentence: Sentence, start: number, knowledge: Knowledge): number {
  const tokens = sentence.tokens;
  const first = tokens[start];
  if (!isNameWord(first, sentence, start) || NOT_NAMES.has(first?.text ?? '')) return -1;
  let end = start + 1;
  let words = 1;
  while (end < tokens.length && words < MAX_WORDS) {
    const t = tokens[end] as Token;
    const next = tokens[end + 1];
    if (
      t.text === '-' &&
      isJoined(t) &&
      isJoined(next) &&
      /^[\p{L}]+$/u.test(next?.text ?? '') &&
      !sentence.covered[end + 1]
    ) {
      end += 2;
    } else if (isNameWord(t, sentence, end) && t.spaceBefore && !NOT_NAMES.has(t.text)) {
      end += 1;
      words += 1;
    } else if (
      knowledge.nameParticles.includes(t.norm) &&
      next?.text === '-' &&
      isJoined(next) &&
      isNameWord(tokens[end + 2], sentence, end + 2) &&
      isJoined(tokens[end + 2])
    ) {
      end += 3;
      words += 1;
    } else if (knowledge.nameParticles.includes(t.norm) && isNameWord(next, sentence, end + 1)) {
      end += 2;
      words += 2;
    } else if (
      knowledge.nameSuffixes.includes(t.text.replace(/\.$/, '')) ||
      knowledge.nameSuffixes.includes(t.text)
    ) {
      end += tokens[end + 1]?.text === '.' && isJoined(tokens[end + 1]) ? 2 : 1;
      break;
    } else break;
  }
  return end;
}
