/**
 * Alliance blocs by community detection on a signed graph: positive ties (alliances, meetings)
 * pull states together, negative ties (condemnations) push them apart. The score maximised is
 * the signed modularity of Gómez, Jensen and Arenas (2009): modularity of the positive graph
 * minus modularity of the negative graph. Pure: ties in, blocs out. See docs/decisions/002-blocs.md.
 */

/** One signed tie between two states; several ties between the same pair add up. */
export interface SignedTie {
  a: string;
  b: string;
  weight: number;
}

export interface DetectedBloc {
  /** Member ids, sorted. */
  members: string[];
  /** Positive tie weight inside the bloc over all tie weight inside it, from 0 to 1. */
  cohesion: number;
}

export interface DetectBlocsOptions {
  /** Passes of local moving at most; each pass visits every node once. */
  maxPasses: number;
  /** Smallest group reported as a bloc; lone states are not blocs. */
  minMembers: number;
}

const DEFAULTS: DetectBlocsOptions = { maxPasses: 50, minMembers: 2 };

type Adjacency = Map<string, Map<string, number>>;

export function detectBlocs(
  ties: SignedTie[],
  options: Partial<DetectBlocsOptions> = {},
): DetectedBloc[] {
  const settings = { ...DEFAULTS, ...options };
  const adjacency = toAdjacency(ties);
  const community = moveNodesLocally(adjacency, settings.maxPasses);
  return toBlocs(ties, community, settings.minMembers);
}

function toAdjacency(ties: SignedTie[]): Adjacency {
  const adjacency: Adjacency = new Map();
  const add = (from: string, to: string, weight: number) => {
    const row = adjacency.get(from) ?? new Map<string, number>();
    row.set(to, (row.get(to) ?? 0) + weight);
    adjacency.set(from, row);
  };
  for (const { a, b, weight } of ties) {
    if (a === b || weight === 0 || !Number.isFinite(weight)) continue;
    add(a, b, weight);
    add(b, a, weight);
  }
  return adjacency;
}

interface Strengths {
  positive: Map<string, number>;
  negative: Map<string, number>;
  totalPositive: number;
  totalNegative: number;
}

function toStrengths(adjacency: Adjacency): Strengths {
  const strengths: Strengths = {
    positive: new Map(),
    negative: new Map(),
    totalPositive: 0,
    totalNegative: 0,
  };
  for (const [node, row] of adjacency) {
    let positive = 0;
    let negative = 0;
    for (const weight of row.values()) {
      if (weight > 0) positive += weight;
      else negative -= weight;
    }
    strengths.positive.set(node, positive);
    strengths.negative.set(node, negative);
    strengths.totalPositive += positive;
    strengths.totalNegative += negative;
  }
  return strengths;
}

interface Weights {
  positive: number;
  negative: number;
}
/** Per community: summed strengths of its members and how many there are. */
type Sums = Map<number, Weights & { size: number }>;

/** Louvain's first phase on signed modularity: move each node to the community it gains most from. */
function moveNodesLocally(adjacency: Adjacency, maxPasses: number): Map<string, number> {
  const nodes = [...adjacency.keys()].sort();
  const strengths = toStrengths(adjacency);
  const ownOf = (node: string): Weights => ({
    positive: strengths.positive.get(node) ?? 0,
    negative: strengths.negative.get(node) ?? 0,
  });
  const community = new Map(nodes.map((node, index) => [node, index]));
  const sums: Sums = new Map(nodes.map((node, index) => [index, { ...ownOf(node), size: 1 }]));
  let nextId = nodes.length;
  for (let pass = 0; pass < maxPasses; pass += 1) {
    let moved = false;
    for (const node of nodes) {
      const current = community.get(node) as number;
      const own = ownOf(node);
      adjustSums(sums, current, own, -1);
      const choice = bestCommunity(node, current, { adjacency, community, sums, own, strengths });
      const target = choice ?? (sums.get(current)?.size === 0 ? current : nextId++);
      adjustSums(sums, target, own, 1);
      community.set(node, target);
      moved ||= target !== current;
    }
    if (!moved) break;
  }
  return community;
}

function adjustSums(sums: Sums, id: number, own: Weights, sign: 1 | -1): void {
  const sum = sums.get(id) ?? { positive: 0, negative: 0, size: 0 };
  sums.set(id, {
    positive: sum.positive + sign * own.positive,
    negative: sum.negative + sign * own.negative,
    size: sum.size + sign,
  });
}

interface MoveState {
  adjacency: Adjacency;
  community: Map<string, number>;
  sums: Sums;
  own: Weights;
  strengths: Strengths;
}

/**
 * The neighbouring community with the largest positive gain, or undefined when the node gains
 * most alone. On equal gains the node stays where it was, so passes end.
 */
function bestCommunity(node: string, current: number, state: MoveState): number | undefined {
  const { adjacency, community, sums, own, strengths } = state;
  const links = new Map<number, number>();
  for (const [neighbour, weight] of adjacency.get(node) ?? []) {
    if (neighbour === node) continue;
    const id = community.get(neighbour) as number;
    links.set(id, (links.get(id) ?? 0) + weight);
  }
  const gain = (id: number): number => {
    const sum = sums.get(id) ?? { positive: 0, negative: 0, size: 0 };
    const expectedPositive =
      strengths.totalPositive > 0 ? (own.positive * sum.positive) / strengths.totalPositive : 0;
    const expectedNegative =
      strengths.totalNegative > 0 ? (own.negative * sum.negative) / strengths.totalNegative : 0;
    return (links.get(id) ?? 0) - expectedPositive + expectedNegative;
  };
  let best: number | undefined;
  let bestGain = 1e-12;
  for (const id of [...links.keys()].sort((x, y) => x - y)) {
    const value = gain(id);
    const better = value > bestGain + 1e-12;
    const sameButCurrent = id === current && value >= bestGain - 1e-12;
    if (better || sameButCurrent) {
      best = id;
      bestGain = value;
    }
  }
  return best;
}

function toBlocs(
  ties: SignedTie[],
  community: Map<string, number>,
  minMembers: number,
): DetectedBloc[] {
  const groups = new Map<number, string[]>();
  for (const [node, id] of community) groups.set(id, [...(groups.get(id) ?? []), node]);
  return [...groups.values()]
    .filter((members) => members.length >= minMembers)
    .map((members) => ({ members: members.sort(), cohesion: cohesionOf(ties, members) }))
    .sort(
      (x, y) => y.members.length - x.members.length || x.members[0]!.localeCompare(y.members[0]!),
    );
}

/** Each tie counts on its own here, so an alliance and a condemnation between two members both show. */
function cohesionOf(ties: SignedTie[], members: string[]): number {
  const inside = new Set(members);
  let positive = 0;
  let total = 0;
  for (const { a, b, weight } of ties) {
    if (a === b || !inside.has(a) || !inside.has(b) || !Number.isFinite(weight)) continue;
    total += Math.abs(weight);
    if (weight > 0) positive += weight;
  }
  return total === 0 ? 0 : positive / total;
}
