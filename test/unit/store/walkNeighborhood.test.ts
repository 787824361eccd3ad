import type { Entity, Relation } from '../../../server/domain/types.js';
import { createGraphIndex } from '../../../server/store/core/createGraphIndex.js';
import { walkNeighborhood } from '../../../server/store/core/walkNeighborhood.js';
import { storedRelation } from '../storedRelation.js';

const state = (n: number): Entity => ({
  id: `state:s${String(n).padStart(2, '0')}`,
  name: `S${n}`,
  kind: 'State',
  aliases: [],
  affiliation: null,
});

const meets = (a: Entity, b: Entity, claimCount: number): Relation =>
  storedRelation('MEETS', a.id, b.id, claimCount);

// A centre with ten neighbours (weak links), which meet each other with more claims.
const centre = state(0);
const ring = Array.from({ length: 10 }, (_, index) => state(index + 1));
const links = ring.map((other) => meets(centre, other, 1));
const chords = ring.flatMap((a, i) =>
  ring.slice(i + 1).map((b, j) => meets(a, b, 2 + ((i + j) % 3))),
);

const index = createGraphIndex(async (add) => {
  add.entities([centre, ...ring]);
  add.relations([...links, ...chords]);
});
const reads = {
  getEntities: (ids: string[]) => index.getEntities(ids),
  step: index.step,
  among: index.among,
};

describe('walkNeighborhood with an edge limit', () => {
  it('keeps the edge that brought each entity in, then the strongest others', async () => {
    const all = await walkNeighborhood(reads, { id: centre.id, depth: 2, limit: 50 });
    expect(all.edges).toHaveLength(links.length + chords.length);
    expect(all.truncated).toBe(false);

    const capped = await walkNeighborhood(reads, {
      id: centre.id,
      depth: 2,
      limit: 50,
      edgeLimit: 20,
    });
    expect(capped.truncated).toBe(true);
    expect(capped.edges).toHaveLength(20);
    const ids = new Set(capped.edges.map((edge) => edge.id));
    for (const link of links) expect(ids.has(link.id)).toBe(true);
    // The ten others are the strongest chords, ties broken by id; all come back by weight.
    const strongest = [...chords]
      .sort((a, b) => b.claimCount - a.claimCount || (a.id < b.id ? -1 : 1))
      .slice(0, 10);
    const linkIds = new Set(links.map((link) => link.id));
    expect(capped.edges.filter((edge) => !linkIds.has(edge.id)).map((edge) => edge.id)).toEqual(
      strongest.map((edge) => edge.id),
    );
    const weights = capped.edges.map((edge) => edge.claimCount);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('cuts the links themselves, strongest first, below their number', async () => {
    const capped = await walkNeighborhood(reads, {
      id: centre.id,
      depth: 1,
      limit: 50,
      edgeLimit: 3,
    });
    expect(capped.edges.map((edge) => edge.id)).toEqual(links.slice(0, 3).map((e) => e.id));
  });
});
