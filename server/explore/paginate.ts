/**
 * Cursor connections over the store's pages. Every edge gets a cursor the client can resume
 * from: the store's cursor of the page it came from plus how many items of that page to skip.
 * Cursors are opaque base64url strings; a cursor from anywhere else is BAD_USER_INPUT.
 */
import { EntenteError } from '../errors/EntenteError.js';
import type { Page, PageRequest } from '../store/GraphStore.js';
import { assertInRange } from './assertInRange.js';
import type { ExploreLimits } from './exploreLimits.js';

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

export type FetchPage<T> = (page: PageRequest) => Promise<Page<T>>;

interface Position {
  /** The store's cursor of the page, or null for the first page. */
  after: string | null;
  /** Items of that page already seen. */
  skip: number;
}

export async function paginate<T>(
  fetchPage: FetchPage<T>,
  request: { first: number; after?: string | null | undefined },
  limits: ExploreLimits,
): Promise<Connection<T>> {
  assertInRange('first', request.first, 0, limits.maxPageSize);
  const start = request.after ? fromCursor(request.after) : { after: null, skip: 0 };
  const page = await fetchPage({
    first: request.first + start.skip,
    ...(start.after === null ? {} : { after: start.after }),
  });
  const items = page.items.slice(start.skip, start.skip + request.first);
  const edges = items.map((node, index) => ({
    node,
    cursor: toCursor({ after: start.after, skip: start.skip + index + 1 }),
  }));
  const lastIsPageEnd = start.skip + items.length === page.items.length && page.endCursor !== null;
  if (lastIsPageEnd && edges.length > 0) {
    edges[edges.length - 1]!.cursor = toCursor({ after: page.endCursor, skip: 0 });
  }
  const hasNextPage = start.skip + items.length < page.items.length || page.hasNextPage;
  return {
    edges,
    pageInfo: { endCursor: edges.at(-1)?.cursor ?? request.after ?? null, hasNextPage },
    totalCount: page.totalCount,
  };
}

/** A fetcher over a list already in memory; its store cursor is the offset. */
export function pageOfList<T>(items: T[]): FetchPage<T> {
  return async ({ first, after }) => {
    const start = after === undefined ? 0 : Number(after);
    const end = Math.min(items.length, start + first);
    return {
      items: items.slice(start, end),
      endCursor: end > start ? String(end) : null,
      hasNextPage: end < items.length,
      totalCount: items.length,
    };
  };
}

export function toCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.after, position.skip])).toString('base64url');
}

export function fromCursor(cursor: string): Position {
  try {
    const [after, skip] = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    ) as unknown[];
    if (
      (after === null || typeof after === 'string') &&
      Number.isInteger(skip) &&
      (skip as number) >= 0
    ) {
      return { after, skip: skip as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new EntenteError(
    'BAD_USER_INPUT',
    `"${cursor.slice(0, 40)}" is not a cursor of this API. Pass the endCursor or an edge cursor of a previous page.`,
  );
}
