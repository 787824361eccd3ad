/**
 * A seeded random graph of `count` Cytoscape elements (nodes plus edges, two nodes for every
 * three edges), with hubs as news graphs have, for the render benchmark.
 */
import { createRandom } from '../corpus/createRandom.js';

export interface ElementDefinition {
  data: { id: string; label?: string; source?: string; target?: string };
}

export function generateElements(count: number, seed: number): ElementDefinition[] {
  const random = createRandom(seed);
  const nodeCount = Math.max(2, Math.round((count * 2) / 5));
  const nodes = Array.from({ length: nodeCount }, (_, index) => ({
    data: { id: `n${index}`, label: `Entity ${index}` },
  }));
  const edges = Array.from({ length: count - nodeCount }, (_, index) => {
    const source = skewedIndex(random.next(), nodeCount);
    const target = (source + 1 + random.int(0, nodeCount - 2)) % nodeCount;
    return { data: { id: `e${index}`, source: `n${source}`, target: `n${target}` } };
  });
  return [...nodes, ...edges];
}

/** Low indices come up far more often: a few hubs, many leaves. */
function skewedIndex(roll: number, size: number): number {
  return Math.min(size - 1, Math.floor(size * roll * roll));
}
