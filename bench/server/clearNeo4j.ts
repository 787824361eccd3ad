/**
 * Empties the Neo4j database a benchmark measures on, in batches so that a large graph does not
 * need one huge transaction. Only run with `--neo4j-clear`.
 */
import neo4j from 'neo4j-driver';
import type { Config } from '../../server/config/loadConfig.js';

/** Deletes up to $batch nodes with their relationships; returns `deleted`. */
const DELETE_BATCH = 'MATCH (n) WITH n LIMIT $batch DETACH DELETE n RETURN count(*) AS deleted';

export async function clearNeo4j(config: Config, batch = 10_000): Promise<void> {
  const driver = neo4j.driver(
    config.neo4jUri as string,
    neo4j.auth.basic(config.neo4jUser, config.neo4jPassword),
  );
  const session = driver.session({ database: config.neo4jDatabase });
  try {
    for (;;) {
      const result = await session.run(DELETE_BATCH, { batch: neo4j.int(batch) });
      if (Number(result.records[0]?.get('deleted') ?? 0) === 0) break;
    }
  } finally {
    await session.close();
    await driver.close();
  }
}
