/** Levenshtein distance, or max + 1 when it is more than `max`. */
export function editDistance(a: string, b: string, max: number): number {
  return boundedDistance(a, b, b.length, max);
}

// Two rows of the dynamic programme, reused across calls (searches run one at a time).
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * The edit distance between `a` and the first `bLength` characters of `b` (no slice made), or
 * max + 1 when it is more than `max`. Only the cells within `max` of the diagonal are computed
 * (Ukkonen's band): a cell further off costs more than `max` edits on its own.
 */
export function boundedDistance(a: string, b: string, bLength: number, max: number): number {
  const over = max + 1;
  if (Math.abs(a.length - bLength) > max) return over;
  if (bLength === 0) return a.length;
  if (previous.length <= bLength + 1) {
    previous = new Int32Array(bLength * 2 + 2);
    current = new Int32Array(bLength * 2 + 2);
  }
  for (let j = 0; j <= Math.min(bLength, max); j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    const low = Math.max(1, i - max);
    const high = Math.min(bLength, i + max);
    // The cells just outside the band: the row's left edge and the row above's new right end.
    current[low - 1] = low === 1 ? i : over;
    if (i + max <= bLength) previous[i + max] = over;
    if (!fillRow(a.charCodeAt(i - 1), b, low, high, over)) return over;
    const swap = previous;
    previous = current;
    current = swap;
  }
  const distance = previous[bLength] as number;
  return distance > max ? over : distance;
}

/** Fills `current[low..high]` from `previous`; false when every cell of the row is over the bound. */
function fillRow(code: number, b: string, low: number, high: number, over: number): boolean {
  let rowMin = over;
  for (let j = low; j <= high; j += 1) {
    const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
    const value = Math.min(
      (previous[j] as number) + 1,
      (current[j - 1] as number) + 1,
      (previous[j - 1] as number) + cost,
    );
    current[j] = value;
    if (value < rowMin) rowMin = value;
  }
  return rowMin < over;
}
