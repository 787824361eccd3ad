/**
 * Texts sorted by code unit, each with the number of what it belongs to, looked up by prefix:
 * every text starting with a prefix lies in one range found by binary search. Kept as two flat
 * arrays rather than an object per text, so that a large index costs the garbage collector little.
 */
export interface SortedTexts {
  /** Calls `visit` with the owner and text of every entry whose text starts with `prefix`. */
  forPrefix(prefix: string, visit: (owner: number, text: string) => void): void;
  /** How many entries start with `prefix`. */
  countPrefix(prefix: string): number;
}

export function createSortedTexts(
  texts: readonly string[],
  owners: ArrayLike<number>,
): SortedTexts {
  const order = Array.from(texts, (_, index) => index).sort((a, b) => {
    const x = texts[a] as string;
    const y = texts[b] as string;
    return x < y ? -1 : x > y ? 1 : (owners[a] as number) - (owners[b] as number);
  });
  const sorted = order.map((index) => texts[index] as string);
  const sortedOwners = Int32Array.from(order, (index) => owners[index] as number);
  return {
    forPrefix(prefix, visit) {
      const [from, to] = rangeOf(sorted, prefix);
      for (let at = from; at < to; at += 1) visit(sortedOwners[at] as number, sorted[at] as string);
    },
    countPrefix(prefix) {
      const [from, to] = rangeOf(sorted, prefix);
      return to - from;
    },
  };
}

/** The range of the sorted texts that start with `prefix`: they lie together, below the rest. */
function rangeOf(sorted: readonly string[], prefix: string): [number, number] {
  const from = firstIndex(sorted, 0, (text) => text >= prefix);
  return [from, firstIndex(sorted, from, (text) => !text.startsWith(prefix))];
}

/** The first index from `low` where `reached` holds, for a test that holds from some index on. */
function firstIndex(
  sorted: readonly string[],
  from: number,
  reached: (text: string) => boolean,
): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (reached(sorted[middle] as string)) high = middle;
    else low = middle + 1;
  }
  return low;
}
