/**
 * The embedded backend's StatementRunner. One shared Database per path; one write connection
 * whose transactions are queued (Kuzu allows one writer at a time); a small pool of read
 * connections; every connection has a query timeout (unbounded patterns never finish).
 */
import { availableParallelism } from 'node:os';
import kuzu from 'kuzu';
import pLimit from 'p-limit';
import type { EntityKind } from '../../domain/kinds.js';
import { ENTITY_KINDS } from '../../domain/kinds.js';
import { EntenteError } from '../../errors/EntenteError.js';
import type { Params, Row, StatementRunner, StatementTx } from '../core/StatementRunner.js';
import { loadCypher } from '../loadCypher.js';
import type { TemplateVars } from '../loadCypher.js';
import { acquireDatabase, releaseDatabase } from './openKuzuDatabase.js';
import { hasNoPackedRows, packRows } from './packRows.js';
import { runKuzuReadOnly } from './runKuzuReadOnly.js';
import { runOn, toKuzuError } from './runKuzuStatement.js';

type Connection = InstanceType<typeof kuzu.Connection>;

export interface KuzuRunnerOptions {
  dataDir: string;
  /** Time limit of the store's own statements, in milliseconds. */
  queryTimeoutMs: number;
  /** Read connections used in parallel. */
  readers: number;
}

export interface KuzuRunner extends StatementRunner {
  readonly file: string;
}

export async function createKuzuRunner(options: KuzuRunnerOptions): Promise<KuzuRunner> {
  const shared = await acquireDatabase(options.dataDir);
  const connect = async (): Promise<Connection> => {
    const connection = new kuzu.Connection(shared.db);
    await connection.init();
    connection.setQueryTimeout(options.queryTimeoutMs);
    return connection;
  };
  const writer = await connect();
  await runOn(writer, loadCypher('kuzu', 'setCheckpointThreshold'), {}, {}, false);
  const idle: Connection[] = [];
  const all: Connection[] = [writer];
  const waiting: ((connection: Connection) => void)[] = [];
  for (let i = 0; i < options.readers; i += 1) {
    const connection = await connect();
    idle.push(connection);
    all.push(connection);
  }
  const acquire = (): Promise<Connection> =>
    new Promise((resolve) => {
      const connection = idle.pop();
      if (connection) resolve(connection);
      else waiting.push(resolve);
    });
  const release = (connection: Connection): void => {
    const next = waiting.shift();
    if (next) next(connection);
    else idle.push(connection);
  };
  let writes: Promise<unknown> = Promise.resolve();
  let closed = false;
  // Kuzu's close frees its native objects at once, under any query still running on them (a
  // crash), so close waits for every read and ad-hoc query in flight; time limits end them.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(work: Promise<T>): Promise<T> => {
    inFlight.add(work);
    const settle = (): void => {
      inFlight.delete(work);
    };
    work.then(settle, settle);
    return work;
  };
  // Ad-hoc queries share Kuzu's worker threads with the explorer's reads. One thread each and at
  // most one fewer than the cores at once, so runaway queries cannot starve those reads.
  const adHoc = pLimit(Math.max(1, availableParallelism() - 1));
  const assertOpen = (): void => {
    if (closed) throw new EntenteError('STORE_UNAVAILABLE', 'The embedded store is closed.');
  };
  const run = async (
    connection: Connection,
    name: string,
    params: Params = {},
    vars: TemplateVars = {},
  ): Promise<Row[]> => {
    try {
      const text = loadCypher('kuzu', name, vars);
      if (hasNoPackedRows(text, params)) return [];
      return (await runOn(connection, text, packRows(text, params))).rows;
    } catch (error) {
      throw toKuzuError(error, `Statement ${name}`);
    }
  };

  const runner: KuzuRunner = {
    backend: 'embedded',
    dialect: 'kuzu',
    file: shared.file,
    entityLabels: (kinds?: readonly EntityKind[]) =>
      (kinds?.length ? kinds : ENTITY_KINDS).join(':'),

    async read(name, params, vars) {
      assertOpen();
      return track(
        (async () => {
          const connection = await acquire();
          try {
            return await run(connection, name, params, vars);
          } finally {
            release(connection);
          }
        })(),
      );
    },

    write<T>(work: (tx: StatementTx) => Promise<T>): Promise<T> {
      assertOpen();
      const next = writes.then(() => inTransaction(writer, work, run));
      writes = next.catch(() => undefined);
      return next;
    },

    readOnly(query, params, limits) {
      assertOpen();
      const queued = Date.now();
      return track(
        adHoc(() => {
          const left = limits.timeoutMs - (Date.now() - queued);
          if (left <= 0) {
            throw new EntenteError(
              'QUERY_TIMEOUT',
              'The query waited for other ad-hoc queries longer than its time limit; run it again when they finish.',
            );
          }
          return runKuzuReadOnly(shared.db, query, params, { ...limits, timeoutMs: left });
        }),
      );
    },

    async health() {
      if (closed) return { ok: false, backend: 'embedded', detail: 'closed' };
      try {
        await runner.read('health');
        return { ok: true, backend: 'embedded', detail: shared.file };
      } catch (error) {
        return {
          ok: false,
          backend: 'embedded',
          detail: error instanceof Error ? error.message : String(error),
        };
      }
    },

    async close() {
      if (closed) return;
      closed = true;
      await writes;
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await releaseDatabase(shared, async () => {
        for (const connection of all) await connection.close();
      });
    },
  };
  return runner;
}

async function inTransaction<T>(
  connection: Connection,
  work: (tx: StatementTx) => Promise<T>,
  run: (
    connection: Connection,
    name: string,
    params?: Params,
    vars?: TemplateVars,
  ) => Promise<Row[]>,
): Promise<T> {
  await runOn(connection, 'BEGIN TRANSACTION', {}, {}, false);
  try {
    const result = await work({ run: (name, params, vars) => run(connection, name, params, vars) });
    await runOn(connection, 'COMMIT', {}, {}, false);
    return result;
  } catch (error) {
    await runOn(connection, 'ROLLBACK', {}, {}, false).catch(() => undefined);
    throw error;
  }
}
