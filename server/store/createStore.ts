/** Opens the configured store: Neo4j when NEO4J_URI is set, else the embedded store in ENTENTE_DATA_DIR. */
import type { Config } from '../config/loadConfig.js';
import type { GraphStore } from './GraphStore.js';
import { createKuzuStore } from './kuzu/createKuzuStore.js';

export async function createStore(config: Config): Promise<GraphStore> {
  if (config.neo4jUri) {
    const { createNeo4jStore } = await import('./neo4j/createNeo4jStore.js');
    return createNeo4jStore({
      uri: config.neo4jUri,
      user: config.neo4jUser,
      password: config.neo4jPassword,
      database: config.neo4jDatabase,
    });
  }
  return createKuzuStore({ dataDir: config.dataDir, store: { indexGraph: config.graphIndex } });
}
