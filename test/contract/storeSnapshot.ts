/** Everything a store holds, read through the interface, in a stable order, for equality checks. */
import type { GraphStore } from '../../server/store/GraphStore.js';

export async function storeSnapshot(store: GraphStore) {
  const articles = await store.listArticles({ first: 1000 });
  const entities = await store.listEntities(undefined, { first: 1000 });
  const relations = await store.listRelations({}, { first: 1000 });
  const relationIds = relations.items.map((relation) => relation.id).sort();
  const claims = await store.claimsOf(relationIds);
  const sortedClaims = [...claims.values()].flat().sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    stats: await store.stats(),
    articles: articles.items.map((item) => item.id).sort(),
    entities: [...entities.items].sort((a, b) => (a.id < b.id ? -1 : 1)),
    relations: [...relations.items].sort((a, b) => (a.id < b.id ? -1 : 1)),
    claims: sortedClaims,
  };
}
