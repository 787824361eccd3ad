/**
 * The embedded engine cannot type an empty list parameter, and `x IN $list` with one crashes the
 * process. Such parameters are refused with a clear error instead, at any depth.
 */
import { rm } from 'node:fs/promises';
import { createKuzuStore } from '../../../server/store/kuzu/createKuzuStore.js';
import type { GraphStore } from '../../../server/store/GraphStore.js';
import { makeTempDir } from '../helpers/ingestKit.js';

const LIMITS = { timeoutMs: 5000, rowCap: 10 };

describe('empty list parameters on the embedded store', () => {
  let dataDir: string;
  let store: GraphStore;
  beforeAll(async () => {
    dataDir = makeTempDir('empty-lists');
    store = await createKuzuStore({ dataDir });
  });
  afterAll(async () => {
    await store?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['a top-level list', 'MATCH (n:State) WHERE n.id IN $ids RETURN n.id', { ids: [] }, '$ids'],
    [
      'a list in a map',
      'MATCH (n:State) WHERE n.id IN $m.ids RETURN n.id',
      { m: { ids: [] } },
      '$m.ids',
    ],
    [
      'a list in a row',
      'UNWIND $rows AS r MATCH (n:State) WHERE n.id IN r.ids RETURN n.id',
      { rows: [{ ids: ['state:france'] }, { ids: [] }] },
      '$rows[1].ids',
    ],
  ])(
    'refuses %s as BAD_USER_INPUT naming it, and keeps answering',
    async (_what, query, params, where) => {
      await expect(store.runReadOnly(query, params, LIMITS)).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(`${where} is an empty list`),
      });
      await expect(
        store.runReadOnly('MATCH (n:State) WHERE n.id IN $ids RETURN n.id', { ids: ['x'] }, LIMITS),
      ).resolves.toMatchObject({ rows: [] });
    },
  );
});
