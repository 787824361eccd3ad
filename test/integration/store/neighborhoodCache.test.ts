/**
 * The embedded store keeps recent neighbourhoods in memory: every write, through any store
 * method, must show in the next read.
 */
import { rm } from 'node:fs/promises';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import { article, entity, relation } from '../../contract/storeFixtures.js';
import { makeTempDir } from '../helpers/ingestKit.js';

const france = entity('State', 'France');
const germany = entity('State', 'Germany');
const italy = entity('State', 'Italy');

const first = article({
  id: 'a1',
  entities: [france, germany],
  relations: [relation('MEETS', france, germany, 'France met Germany.')],
});
const second = article({
  id: 'a2',
  entities: [france, italy],
  relations: [relation('SUPPLIES', france, italy, 'France supplied Italy.')],
});

describe('cached neighbourhoods of the embedded store', () => {
  let dataDir = '';
  let store: GraphStore;
  beforeAll(async () => {
    dataDir = makeTempDir('neighborhood-cache');
    store = await createKuzuStore({ dataDir });
  });
  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const view = async () => {
    const subgraph = await store.neighborhood({ id: france.id, depth: 2, limit: 50 });
    return {
      nodes: subgraph.nodes.map((node) => `${node.id}=${node.name}`),
      edges: subgraph.edges.map((edge) => `${edge.id}:${edge.claimCount}`),
    };
  };

  it('shows each ingest, rename, merge and delete in the next read', async () => {
    await store.ingest([first]);
    expect((await view()).nodes).toEqual(['state:france=France', 'state:germany=Germany']);
    expect(await view()).toEqual(await view());

    await store.ingest([second]);
    expect((await view()).nodes).toEqual([
      'state:france=France',
      'state:germany=Germany',
      'state:italy=Italy',
    ]);

    await store.renameEntity(italy.id, 'Italian Republic');
    expect((await view()).nodes).toContain('state:italy=Italian Republic');

    await store.mergeEntities(germany.id, italy.id);
    expect((await view()).nodes).not.toContain('state:italy=Italian Republic');

    await store.deleteArticle('a2');
    await store.deleteArticle('a1');
    expect(await view()).toEqual({ nodes: [], edges: [] });
  });

  it('hands each caller its own lists', async () => {
    await store.ingest([first]);
    const a = await store.neighborhood({ id: france.id, depth: 1, limit: 50 });
    a.nodes.length = 0;
    a.edges.length = 0;
    const b = await store.neighborhood({ id: france.id, depth: 1, limit: 50 });
    expect(b.nodes.length).toBe(2);
    expect(b.edges.length).toBe(1);
  });
});
