/**
 * Loaded into a server process with `--import` by neo4jComesBack.test.ts: `neo4j.driver` gives
 * the fake driver of test/unit/store/fakeNeo4jDriver.ts, and Neo4j is down while the file named
 * by FAKE_NEO4J_DOWN_FILE exists. Nothing else of the server is changed.
 */
import { existsSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { createFakeNeo4j } from '../../unit/store/fakeNeo4jDriver.js';

const downFile = process.env.FAKE_NEO4J_DOWN_FILE ?? '';
const fake = createFakeNeo4j({ firstRetryDelayMs: 50 });
const follow = () => (existsSync(downFile) ? fake.down('ServiceUnavailable') : fake.up());
follow();
setInterval(follow, 50).unref();
(neo4j as { driver: typeof neo4j.driver }).driver = fake.createDriver;
