/**
 * The Neo4j backend's StatementRunner: one driver per process, executeRead/executeWrite (which
 * retry transient errors with backoff), integers sent as Cypher integers and converted back at
 * this edge, driver errors mapped to EntenteError codes. They are mapped only once the driver has
 * given up: inside a transaction function they stay the driver's own, so that it can tell the
 * transient ones and retry them. When Neo4j is unreachable the store still opens: calls fail with
 * STORE_UNAVAILABLE and health() reports degraded until it answers.
 */
import neo4j from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { EntityKind } from '../../domain/kinds.js';
import { ENTITY_KINDS } from '../../domain/kinds.js';
import type { Params, Row, StatementRunner, StatementTx } from '../core/StatementRunner.js';
import { loadCypher } from '../loadCypher.js';
import type { TemplateVars } from '../loadCypher.js';
import { neo4jSchemaStatements } from './applyNeo4jSchema.js';
import { fromNeo4jValue, toNeo4jParams } from './fromNeo4jValue.js';
import { runNeo4jReadOnly } from './runNeo4jReadOnly.js';
import { toNeo4jError } from './toNeo4jError.js';

export interface Neo4jOptions {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Time limit of the store's own transactions, in milliseconds. */
  queryTimeoutMs?: number;
  /** How long executeRead/executeWrite keep retrying transient errors, in milliseconds. */
  maxTransactionRetryMs?: number;
  /** Creates the driver: `neo4j.driver` unless a test gives a fake one. */
  createDriver?: typeof neo4j.driver;
}

const defaults = {
  // Stop a runaway internal statement.
  queryTimeoutMs: 60_000,
  // How long executeRead/executeWrite keep retrying transient errors (with backoff).
  maxTransactionRetryTime: 15_000,
  // How long to wait for a connection before reporting Neo4j unreachable.
  connectionTimeout: 5_000,
};

export function createNeo4jRunner(options: Neo4jOptions): StatementRunner {
  const createDriver = options.createDriver ?? neo4j.driver;
  const driver: Driver = createDriver(
    options.uri,
    neo4j.auth.basic(options.user, options.password),
    {
      maxTransactionRetryTime: options.maxTransactionRetryMs ?? defaults.maxTransactionRetryTime,
      connectionTimeout: defaults.connectionTimeout,
      disableLosslessIntegers: false,
    },
  );
  const txConfig = { timeout: options.queryTimeoutMs ?? defaults.queryTimeoutMs };
  const fail = (error: unknown, what: string) => toNeo4jError(error, options.uri, what);
  let ready: Promise<void> | undefined;
  const ensureReady = (): Promise<void> => {
    ready ??= applySchema(driver, options.database).catch((error: unknown) => {
      ready = undefined;
      throw fail(error, 'Opening the store');
    });
    return ready;
  };
  let writes: Promise<unknown> = Promise.resolve();
  const run = async (
    tx: ManagedTransaction,
    name: string,
    params: Params = {},
    vars: TemplateVars = {},
  ): Promise<Row[]> => {
    const result = await tx.run(
      loadCypher('neo4j', name, vars),
      toNeo4jParams(params) as Record<string, unknown>,
    );
    return result.records.map((record) => fromNeo4jValue(record.toObject()) as Row);
  };
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({
      database: options.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });

  return {
    backend: 'neo4j',
    dialect: 'neo4j',
    entityLabels: (kinds?: readonly EntityKind[]) =>
      !kinds?.length || kinds.length === ENTITY_KINDS.length ? 'Entity' : kinds.join('|'),

    async read(name, params, vars) {
      await ensureReady();
      const reader = session('READ');
      try {
        return await reader.executeRead((tx) => run(tx, name, params, vars), txConfig);
      } catch (error) {
        throw fail(error, `Statement ${name}`);
      } finally {
        await reader.close();
      }
    },

    write<T>(work: (tx: StatementTx) => Promise<T>): Promise<T> {
      const next = writes.then(async () => {
        await ensureReady();
        const writer = session('WRITE');
        try {
          return await writer.executeWrite(
            (tx) => work({ run: (name, params, vars) => run(tx, name, params, vars) }),
            txConfig,
          );
        } catch (error) {
          throw fail(error, 'Writing to the store');
        } finally {
          await writer.close();
        }
      });
      writes = next.catch(() => undefined);
      return next;
    },

    async readOnly(query, params, limits) {
      await ensureReady();
      return runNeo4jReadOnly(
        { driver, database: options.database, uri: options.uri },
        query,
        params,
        limits,
      );
    },

    async health() {
      try {
        await driver.verifyConnectivity({ database: options.database });
        await ensureReady();
        return { ok: true, backend: 'neo4j', detail: options.uri };
      } catch (error) {
        return {
          ok: false,
          backend: 'neo4j',
          detail: `degraded: ${fail(error, 'Health check').message}`,
        };
      }
    },

    async close() {
      await writes;
      await driver.close();
    },
  };
}

async function applySchema(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const statement of neo4jSchemaStatements()) {
      await session.run(loadCypher('neo4j', statement.name, statement.vars ?? {}));
    }
  } finally {
    await session.close();
  }
}
