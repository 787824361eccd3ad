/**
 * Sentence boundaries over (masked) article text, in one linear pass. Handles the news
 * abbreviations that trip naive splitters ("U.S. Secretary", "Nov. 18", "Lt. Gen.") and treats
 * line breaks as boundaries unless the next line continues in lower case.
 */
export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  'Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Sgt Adm Cmdr Gov Sen Sens Rep Reps Rev St Jr Sr Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec vs Inc Corp Ltd Co Bros Ft Mt Brig Pres Amb Dept Gens approx est Fig'.split(
    ' ',
  ),
);
const STARTERS = new Set(
  'The A An In On At It He She They We I But And This That These Those His Her Their Its There When While After Before As If For However Meanwhile Also Both Some Many Most Officials Earlier Later Last Next Still Yet So Such Our'.split(
    ' ',
  ),
);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  const floor = Math.max(-1, dot - 30);
  while (i > floor && /[\p{L}.]/u.test(text[i] ?? '')) i -= 1;
  return text.slice(i + 1, dot);
}

function wordAfter(text: string, from: number): string {
  const m = /^[\p{L}\p{N}]+/u.exec(text.slice(from, from + 40));
  return m ? m[0] : '';
}

function isBoundaryAfterDot(text: string, dot: number, next: number): boolean {
  const before = wordBefore(text, dot);
  const after = wordAfter(text, next);
  const nextChar = text[next] ?? '';
  if (/^\p{N}/u.test(nextChar) && (ABBREVIATIONS.has(before) || before === 'No')) return false;
  if (ABBREVIATIONS.has(before)) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(before) || /^\p{Lu}$/u.test(before)) return STARTERS.has(after);
  return true;
}

/** Index just past the boundary punctuation and closers, or -1 when `i` does not end a sentence. */
function boundaryAt(text: string, i: number): number {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return -1;
  let j = i + 1;
  while (j < i + 8 && (text[j] === '.' || CLOSERS.has(text[j] ?? ''))) j += 1;
  if (j < text.length && !/\s/.test(text[j] ?? '')) return -1;
  let k = j;
  while (k < j + 8 && /[ \t]/.test(text[k] ?? '')) k += 1;
  const next = text[k] ?? '';
  if (next !== '' && next !== '\n' && !/[\p{Lu}\p{N}"“‘'(]/u.test(next)) return -1;
  if (c === '.' && next !== '\n' && next !== '' && !isBoundaryAfterDot(text, i, k)) return -1;
  return j;
}

/** End of the whitespace run after a line break at `i` when it ends a sentence, else -1. */
function lineBreakAt(text: string, i: number): number {
  if (text[i] !== '\n') return -1;
  let k = i + 1;
  while (k < text.length && /\s/.test(text[k] ?? '')) k += 1;
  return !/\p{Ll}/u.test(text[k] ?? '') || text.slice(i + 1, k).includes('\n') ? k : -1;
}

function pushTrimmed(text: string, spans: Span[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  if (
    end > start &&
    /[\p{L}\p{N}]/u.test(text.slice(start, Math.min(end, start + 200)) || text.slice(start, end))
  ) {
    spans.push({ start, end });
  }
}

/** Cuts an over-long span at whitespace so no piece exceeds `max` characters. */
function cap(text: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    let cut = start + max;
    const floor = start + Math.floor(max / 2);
    while (cut > floor && !/\s/.test(text[cut] ?? '')) cut -= 1;
    if (cut <= floor) cut = start + max;
    pushTrimmed(text, out, start, cut);
    start = cut;
  }
  pushTrimmed(text, out, start, span.end);
  return out;
}

/** Sentence spans of `text` (trimmed, non-empty), each at most `maxChars` long. */
export function splitSentences(text: string, maxChars = Number.POSITIVE_INFINITY): Span[] {
  const raw: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const lineEnd = lineBreakAt(text, i);
    if (lineEnd > 0) {
      pushTrimmed(text, raw, start, i);
      start = lineEnd;
      i = lineEnd - 1;
      continue;
    }
    const end = boundaryAt(text, i);
    if (end > 0) {
      pushTrimmed(text, raw, start, end);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(text, raw, start, text.length);
  return raw.flatMap((span) =>
    span.end - span.start > maxChars ? cap(text, span, maxChars) : [span],
  );
}
