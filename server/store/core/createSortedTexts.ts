/**
 * Texts sorted by code unit, each with the number of what it belongs to, looked up by prefix:
 * every text starting with a prefix lies in one range found by binary search. Kept as two flat
 * arrays rather than an object per text, so that a large index costs the garbage collector little.
 */
export interface SortedTexts {
  /** Calls `visit` with the owner and text of every entry whose text starts with `prefix`. */
  forPrefix(prefix: string, visit: (owner: number, text: string) => void): void;
}

export function createSortedTexts(
  texts: readonly string[],
  owners: ArrayLike<number>,
): SortedTexts {
  const [sorted, sortedOwners] = sortTexts(texts, owners);
  return {
    forPrefix(prefix, visit) {
      const [from, to] = rangeOf(sorted, prefix);
      for (let at = from; at < to; at += 1) visit(sortedOwners[at] as number, sorted[at] as string);
    },
  };
}

/**
 * The texts and their owners in text order. The texts sort by the engine's own string order
 * (code units), much faster than a comparison function over 100,000s of entries. (Built apart
 * from the lookups so that they keep only the result.)
 */
function sortTexts(texts: readonly string[], owners: ArrayLike<number>): [string[], Int32Array] {
  const ownersOf = new Map<string, number[]>();
  texts.forEach((text, index) => {
    const owner = owners[index] as number;
    const list = ownersOf.get(text);
    if (list) list.push(owner);
    else ownersOf.set(text, [owner]);
  });
  const sorted: string[] = [];
  const sortedOwners = new Int32Array(texts.length);
  for (const text of [...ownersOf.keys()].sort()) {
    for (const owner of ownersOf.get(text) as number[]) {
      sortedOwners[sorted.length] = owner;
      sorted.push(text);
    }
  }
  return [sorted, sortedOwners];
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
