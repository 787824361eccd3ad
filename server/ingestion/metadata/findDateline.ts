/**
 * The date of an article without metadata, from its dateline or a "Published" line near the top:
 * "SEOUL, Nov. 8, 2023 (Reuters) –", "Published 8 November 2023", "2023-11-08". Only full dates
 * (with a year) count; the top of the article is searched, not its body, where other dates appear.
 */
import { monthNumber, toIsoDay } from './toIsoDate.js';

const TOP_CHARS = 600;
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Date patterns, each mapping its match to year, month and day. */
const PATTERNS: readonly {
  pattern: RegExp;
  read: (m: RegExpExecArray) => [number, number | null, number];
}[] = [
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/,
    read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])],
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[1] as string), Number(m[2])],
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i'),
    read: (m) => [Number(m[3]), monthNumber(m[2] as string), Number(m[1])],
  },
];

export function findDateline(text: string): string | null {
  const top = text.slice(0, TOP_CHARS);
  const found = PATTERNS.map(({ pattern, read }) => {
    const match = pattern.exec(top);
    if (!match) return null;
    const [year, month, day] = read(match);
    const iso = month ? toIsoDay(year, month, day) : null;
    return iso ? { iso, at: match.index } : null;
  }).filter((entry): entry is { iso: string; at: number } => entry !== null);
  found.sort((a, b) => a.at - b.at);
  return found[0]?.iso ?? null;
}
