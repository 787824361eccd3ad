import type { Token } from './Token.js';

// Initialisms ("U.S.", "D.P.R.K."), words and numbers, clitics ("'s", "'re"), single marks.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+|['’](?:s|re|ve|ll|d|m|t)(?![\p{L}\p{N}])|\S/gu;
const UPPER = /^\p{Lu}/u;

/** Splits `text.slice(start, end)` into tokens whose offsets point into `text`. Linear time. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let previousEnd = 0;
  for (const match of slice.matchAll(TOKEN)) {
    const index = match.index ?? 0;
    const surface = match[0].replace(/’/g, "'");
    tokens.push({
      text: surface,
      norm: surface.toLowerCase(),
      start: start + index,
      end: start + index + match[0].length,
      upper: UPPER.test(surface),
      spaceBefore: index === 0 || index > previousEnd,
    });
    previousEnd = index + match[0].length;
  }
  return tokens;
}
