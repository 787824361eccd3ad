/**
 * Deletes every node and relationship of a Neo4j database, in batches so that a large graph does
 * not need one huge transaction. For tests that need an empty database; never used by the app.
 */
import neo4j from 'neo4j-driver';
import { loadCypher } from '../loadCypher.js';
import type { Neo4jOptions } from './createNeo4jRunner.js';
import { toNeo4jError } from './toNeo4jError.js';

export async function emptyNeo4jDatabase(options: Neo4jOptions, batch = 10_000): Promise<void> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password));
  const session = driver.session({ database: options.database });
  try {
    for (;;) {
      const result = await session.run(loadCypher('neo4j', 'deleteNodeBatch'), {
        batch: neo4j.int(batch),
      });
      if (Number(result.records[0]?.get('deleted') ?? 0) === 0) break;
    }
  } catch (error) {
    throw toNeo4jError(error, options.uri, 'Emptying the database');
  } finally {
    await session.close();
    await driver.close();
  }
}
