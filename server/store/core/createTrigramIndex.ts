/**
 * For each run of three characters (trigram), the numbers of the texts holding it, ascending and
 * each once. A text holding a piece of three or more characters holds each of its trigrams, so
 * the shortest of their lists holds every text with the piece (and more, to be checked).
 */
export interface TrigramIndex {
  /** A list of text numbers holding every text that contains `piece` (three characters or more). */
  candidatesFor(piece: string): Int32Array;
}

const NONE = new Int32Array(0);

export function createTrigramIndex(texts: readonly string[]): TrigramIndex {
  const slots = new Map<string, number>();
  const counts: number[] = [];
  const lastText: number[] = [];
  forEachTrigram(texts, (gram, text) => {
    let slot = slots.get(gram);
    if (slot === undefined) {
      slot = counts.length;
      slots.set(gram, slot);
      counts.push(0);
      lastText.push(-1);
    }
    if (lastText[slot] === text) return;
    lastText[slot] = text;
    counts[slot] = (counts[slot] as number) + 1;
  });
  const lists = counts.map((count) => new Int32Array(count));
  const filled = new Int32Array(counts.length);
  lastText.fill(-1);
  forEachTrigram(texts, (gram, text) => {
    const slot = slots.get(gram) as number;
    if (lastText[slot] === text) return;
    lastText[slot] = text;
    (lists[slot] as Int32Array)[filled[slot] as number] = text;
    filled[slot] = (filled[slot] as number) + 1;
  });
  return {
    candidatesFor(piece) {
      if (piece.length < 3) throw new RangeError('A trigram lookup needs three characters or more');
      let best: Int32Array | undefined;
      for (let at = 0; at + 3 <= piece.length; at += 1) {
        const slot = slots.get(piece.slice(at, at + 3));
        const list = slot === undefined ? NONE : (lists[slot] as Int32Array);
        if (!best || list.length < best.length) best = list;
      }
      return best as Int32Array;
    },
  };
}

function forEachTrigram(
  texts: readonly string[],
  visit: (gram: string, text: number) => void,
): void {
  texts.forEach((text, number) => {
    for (let at = 0; at + 3 <= text.length; at += 1) visit(text.slice(at, at + 3), number);
  });
}
