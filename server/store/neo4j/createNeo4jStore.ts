/** The production store: Neo4j 5 through neo4j-driver, same logic and contract as the embedded store. */
import { createCypherStore } from '../core/createCypherStore.js';
import type { GraphStore } from '../GraphStore.js';
import { createNeo4jRunner } from './createNeo4jRunner.js';
import type { Neo4jOptions } from './createNeo4jRunner.js';

export type { Neo4jOptions };

export async function createNeo4jStore(options: Neo4jOptions): Promise<GraphStore> {
  const store = createCypherStore(createNeo4jRunner(options));
  const health = await store.health();
  if (!health.ok) console.warn(`Entente: ${health.detail}`);
  return store;
}
