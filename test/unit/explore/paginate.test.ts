import { toExploreLimits } from '../../../server/explore/exploreLimits.js';
import { fromCursor, pageOfList, paginate } from '../../../server/explore/paginate.js';
import type { Connection, FetchPage } from '../../../server/explore/paginate.js';

const limits = toExploreLimits({ maxPageSize: 4 });
const letters = 'abcdefghij'.split('');

/** Walks every page with the given cursor choice and returns what it saw. */
async function walk(fetch: FetchPage<string>, first: number, pick: 'end' | 'middle') {
  const seen: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard += 1) {
    const connection: Connection<string> = await paginate(fetch, { first, after }, limits);
    const nodes = connection.edges.map((edge) => edge.node);
    const taken = pick === 'middle' && nodes.length > 1 ? nodes.length - 1 : nodes.length;
    seen.push(...nodes.slice(0, taken));
    if (!connection.pageInfo.hasNextPage && taken === nodes.length) break;
    after = pick === 'middle' ? connection.edges[taken - 1]!.cursor : connection.pageInfo.endCursor;
  }
  return seen;
}

describe('paginate', () => {
  it('walks a list page by page with endCursor, each item once', async () => {
    expect(await walk(pageOfList(letters), 3, 'end')).toEqual(letters);
  });

  it('resumes from any edge cursor, not only the last', async () => {
    expect(await walk(pageOfList(letters), 4, 'middle')).toEqual(letters);
  });

  it('reports the total and whether more follow', async () => {
    const connection = await paginate(pageOfList(letters), { first: 4 }, limits);
    expect(connection.totalCount).toBe(10);
    expect(connection.pageInfo.hasNextPage).toBe(true);
  });

  it('refuses pages above the cap and cursors it did not make', async () => {
    await expect(paginate(pageOfList(letters), { first: 5 }, limits)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(() => fromCursor('not-a-cursor')).toThrow(/not a cursor/);
  });
});
