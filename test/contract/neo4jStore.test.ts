/**
 * The store contract on Neo4j, when NEO4J_URI points at a server this run may empty (every test
 * starts from an empty database). Without NEO4J_URI the suite is reported as skipped, with why.
 */
import { loadConfig } from '../../server/config/loadConfig.js';
import { createNeo4jStore } from '../../server/store/neo4j/createNeo4jStore.js';
import type { Neo4jOptions } from '../../server/store/neo4j/createNeo4jStore.js';
import { emptyNeo4jDatabase } from '../../server/store/neo4j/emptyNeo4jDatabase.js';
import { describeStoreContract } from './describeStoreContract.js';

const config = loadConfig(process.env);

if (config.neo4jUri) {
  const options: Neo4jOptions = {
    uri: config.neo4jUri,
    user: config.neo4jUser,
    password: config.neo4jPassword,
    database: config.neo4jDatabase,
  };
  describeStoreContract(`Neo4j at ${config.neo4jUri}`, {
    open: async () => {
      await emptyNeo4jDatabase(options);
      return createNeo4jStore(options);
    },
    reopen: () => createNeo4jStore(options),
  });
} else {
  describe('GraphStore contract: Neo4j', () => {
    it.skip('runs the store contract (skipped: NEO4J_URI is not set — start Neo4j with `docker compose up neo4j`)', () => {
      // Runs only against a real server; see the branch above.
    });
  });
}
