/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  return boundedDistance(a, b, b.length, max);
}

// Two rows of the dynamic programme, reused across calls (searches run one at a time).
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * The edit distance between `a` and the first `bLength` characters of `b` (no slice made),
 * or max + 1 once it must exceed `max`.
 */
export function boundedDistance(a: string, b: string, bLength: number, max: number): number {
  if (Math.abs(a.length - bLength) > max) return max + 1;
  if (previous.length <= bLength) {
    previous = new Int32Array(bLength * 2 + 1);
    current = new Int32Array(bLength * 2 + 1);
  }
  for (let j = 0; j <= bLength; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j += 1) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[bLength] as number;
}
