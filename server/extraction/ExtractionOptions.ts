/** Settings of one extraction run; callers pass a partial object merged over these defaults. */
export interface ExtractionOptions {
  /** Longest text read, in characters; the rest is ignored with a diagnostic. */
  maxTextChars: number;
  /** Sentences longer than this are cut into pieces of at most this size for relation rules. */
  maxSentenceChars: number;
  /** Lowest confidence a relation needs to be reported. */
  minConfidence: number;
  /** Drop category crumbs, bylines, datelines and wire tags before reading. */
  stripBoilerplate: boolean;
}

export const DEFAULT_EXTRACTION_OPTIONS: Readonly<ExtractionOptions> = Object.freeze({
  maxTextChars: 5_000_000, // about 5 MB of text per article
  maxSentenceChars: 1_200, // longer "sentences" are lists or junk; rules work on pieces
  minConfidence: 0.3, // below this a relation is more noise than signal
  stripBoilerplate: true, // news as users paste it carries crumbs and wire tags
});

/** Caller options over the defaults; unknown or ill-typed values fall back to the default. */
export function toExtractionOptions(
  options: Partial<ExtractionOptions> | undefined,
): ExtractionOptions {
  const merged = { ...DEFAULT_EXTRACTION_OPTIONS };
  if (!options || typeof options !== 'object') return merged;
  for (const key of Object.keys(merged) as (keyof ExtractionOptions)[]) {
    const value = options[key];
    if (typeof value === typeof merged[key]) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
