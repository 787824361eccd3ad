import type { ArticleSummary, GraphStore } from '../store/GraphStore.js';
import type { ExploreLimits } from './exploreLimits.js';
import { paginate } from './paginate.js';
import type { Connection } from './paginate.js';

/** A page of stored articles. */
export function listArticles(
  store: GraphStore,
  page: { first: number; after?: string | null | undefined },
  limits: ExploreLimits,
): Promise<Connection<ArticleSummary>> {
  return paginate((request) => store.listArticles(request), page, limits);
}
