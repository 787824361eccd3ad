/**
 * Draws items with a skewed (Zipf-like) popularity, as the news mentions a few states and
 * officials far more often than the rest. The order of popularity is itself drawn from the seed.
 */
import type { Random } from './createRandom.js';

export type Picker<T> = () => T;

export function createPicker<T>(random: Random, items: readonly T[], exponent = 0.9): Picker<T> {
  if (items.length === 0) throw new Error('createPicker needs at least one item.');
  const order = shuffle(random, items);
  const cumulative: number[] = [];
  let total = 0;
  order.forEach((_, rank) => {
    total += 1 / Math.pow(rank + 1, exponent);
    cumulative.push(total);
  });
  return () => order[search(cumulative, random.next() * total)] as T;
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** First index whose cumulative weight exceeds the roll. */
function search(cumulative: number[], roll: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] as number) > roll) high = middle;
    else low = middle + 1;
  }
  return low;
}
