/**
 * For each run of three characters (trigram), the numbers of the texts holding it, ascending and
 * each once. A text holding a piece of three or more characters holds each of its trigrams, so
 * the shortest of their lists holds every text with the piece (and more, to be checked).
 */
export interface TrigramIndex {
  /** A list of text numbers holding every text that contains `piece` (three characters or more). */
  candidatesFor(piece: string): Int32Array;
}

const NONE: Int32Array = new Int32Array(0);

export function createTrigramIndex(texts: readonly string[]): TrigramIndex {
  const { slots, lists } = buildLists(texts);
  return {
    candidatesFor(piece) {
      if (piece.length < 3) throw new RangeError('A trigram lookup needs three characters or more');
      let best: Int32Array = NONE;
      for (let at = 0; at + 3 <= piece.length; at += 1) {
        const slot = slots.get(trigramAt(piece, at));
        if (slot === undefined) return NONE;
        const list = lists[slot] as Int32Array;
        if (at === 0 || list.length < best.length) best = list;
      }
      return best;
    },
  };
}

/**
 * The trigrams' numbers and their lists. (Built apart from the lookups so that they keep only
 * the result, not the working arrays.)
 */
function buildLists(texts: readonly string[]): { slots: Map<number, number>; lists: Int32Array[] } {
  // One pass numbers the trigrams and notes each text's first sight of one; the second fills
  // the lists from those notes without looking trigrams up again.
  const slots = new Map<number, number>();
  const counts: number[] = [];
  const lastText: number[] = [];
  // At most one sighting per trigram of every text: sized once, outside the collected heap.
  const sightings = new Int32Array(
    2 * texts.reduce((sum, text) => sum + Math.max(0, text.length - 2), 0),
  );
  let seen = 0;
  texts.forEach((text, number) => {
    for (let at = 0; at + 3 <= text.length; at += 1) {
      const gram = trigramAt(text, at);
      let slot = slots.get(gram);
      if (slot === undefined) {
        slot = counts.length;
        slots.set(gram, slot);
        counts.push(0);
        lastText.push(-1);
      }
      if (lastText[slot] === number) continue;
      lastText[slot] = number;
      counts[slot] = (counts[slot] as number) + 1;
      sightings[seen] = slot;
      sightings[seen + 1] = number;
      seen += 2;
    }
  });
  const lists = counts.map((count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  for (let at = 0; at < seen; at += 2) {
    const slot = sightings[at] as number;
    (lists[slot] as Int32Array)[filled[slot] as number] = sightings[at + 1] as number;
    filled[slot] = (filled[slot] as number) + 1;
  }
  return { slots, lists };
}

/** The three UTF-16 code units from `at` as one number, exact below 2^48. */
function trigramAt(text: string, at: number): number {
  return (text.charCodeAt(at) * 65536 + text.charCodeAt(at + 1)) * 65536 + text.charCodeAt(at + 2);
}
