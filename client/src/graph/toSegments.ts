/**
 * Splits a text into plain and marked segments, for rendering as DOM text nodes (never HTML).
 * Used for quotes (entity mentions marked) and for article texts (extracted sentences marked).
 */
export interface Span {
  start: number;
  end: number;
  /** What the mark stands for, e.g. an entity id or a relation type. */
  tag?: string;
}

export interface Segment {
  text: string;
  mark: boolean;
  tag?: string;
}

/** Overlapping spans are merged into the earliest one; spans outside the text are clipped. */
export function toSegments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((span) => ({
      ...span,
      start: Math.max(0, span.start),
      end: Math.min(text.length, span.end),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), mark: false });
    const marked: Segment = { text: text.slice(span.start, span.end), mark: true };
    if (span.tag !== undefined) marked.tag = span.tag;
    segments.push(marked);
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: false });
  return segments;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Spans of every whole-word occurrence of the given terms (case-insensitive), longest terms
 * first so "North Korea" wins over "Korea".
 */
export function findMentions(
  text: string,
  terms: readonly { term: string; tag: string }[],
): Span[] {
  const usable = terms.filter((entry) => entry.term.trim().length >= 2);
  const ordered = [...usable].sort((a, b) => b.term.length - a.term.length);
  const spans: Span[] = [];
  for (const { term, tag } of ordered) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!spans.some((span) => start < span.end && end > span.start))
        spans.push({ start, end, tag });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
