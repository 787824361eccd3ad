/**
 * A stand-in for neo4j-driver's Driver, for tests without a Neo4j server, that can lose Neo4j and
 * get it back. What is the driver's own: managed transactions run through its TransactionExecutor
 * (the retry loop, the doubling waits with jitter, the `maxTransactionRetryTime` limit and its test
 * of which errors are transient), failures are its Neo4jError with its codes, rows are its Record
 * and Integer. What is faked: the connection. While down, beginning a transaction, an auto-commit
 * run and verifyConnectivity fail with ServiceUnavailable (what the driver reports when it cannot
 * connect); `failNext` makes statements inside open transactions fail instead (connection lost
 * mid-transaction). The first retry waits `firstRetryDelayMs` (the driver's own is 1 s) so that
 * tests are quick. Statements are recognised by their header (`// name: …`); the fake keeps the
 * articles written (applied at commit only) and answers `countArticles` and `findArticles`.
 */
import neo4j from 'neo4j-driver';
import type { Config, Driver } from 'neo4j-driver';
import { internal } from 'neo4j-driver-core';

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

export interface FakeNeo4jOptions {
  /** Wait before the driver's first retry, in milliseconds (the real driver waits 1 s). */
  firstRetryDelayMs?: number;
  /** Answers for named statements, over the fake's own. */
  answers?: Record<string, (params: Params) => Row[]>;
}

export interface FakeNeo4jSeen {
  /** The configuration of each driver created. */
  drivers: Config[];
  /** Transactions begun or tried, and when each began (Date.now()). */
  attempts: number;
  attemptTimes: number[];
  /** Names of the statements answered (`?` for queries without a header). */
  statements: string[];
  /** Driver errors thrown. */
  failures: number;
  /** Transactions committed. */
  commits: number;
  /** Sessions opened and not closed yet. */
  sessionsOpen: number;
}

export interface FakeNeo4j {
  createDriver: typeof neo4j.driver;
  /** Neo4j goes away: every connection fails with `code` until `up()`. */
  down(code?: string): void;
  up(): void;
  /** The next `count` statements inside transactions fail with `code`, then they succeed. */
  failNext(count: number, code: string): void;
  /** Ids of the articles committed so far. */
  articles(): string[];
  seen: FakeNeo4jSeen;
}

const toError = (code: string) =>
  new neo4j.Neo4jError(
    `Fake Neo4j: ${code}`,
    code,
    '50N42',
    `error: general processing exception - unexpected error. Fake Neo4j: ${code}`,
  );

const nameOf = (query: string) => /^\/\/ (\w+):/.exec(query)?.[1] ?? '?';

const fromNeo4jParams = (params: Params): Params => JSON.parse(JSON.stringify(params)) as Params;

/** A result as the driver gives it: awaitable for its records, iterable, with its keys. */
function toResult(rows: Row[], queryType = 'r') {
  const keys = Object.keys(rows[0] ?? {});
  const records = rows.map(
    (row) =>
      new neo4j.Record(
        keys,
        keys.map((key) => row[key]),
      ),
  );
  const summary = { queryType, plan: { operatorType: 'ProduceResults', children: [] } };
  const settled = Promise.resolve({ records, summary });
  return {
    then: settled.then.bind(settled),
    keys: () => Promise.resolve(keys),
    async *[Symbol.asyncIterator]() {
      yield* records;
    },
  };
}

export function createFakeNeo4j(options: FakeNeo4jOptions = {}): FakeNeo4j {
  const stored = new Map<string, string>();
  const seen: FakeNeo4jSeen = {
    drivers: [],
    attempts: 0,
    statements: [],
    failures: 0,
    attemptTimes: [],
    commits: 0,
    sessionsOpen: 0,
  };
  let outage: string | undefined;
  let failing = { count: 0, code: '' };
  const fail = (code: string) => {
    seen.failures += 1;
    return toError(code);
  };
  const answers: Record<string, (params: Params) => Row[]> = {
    countArticles: () => [{ n: neo4j.int(stored.size) }],
    findArticles: (params) =>
      [...stored.entries()]
        .filter(([id, key]) => [params.ids, params.keys].flat().some((v) => v === id || v === key))
        .map(([id, key]) => ({ id, key })),
    '?': () => [{ x: neo4j.int(1) }],
    ...options.answers,
  };

  const answer = (query: string, params: Params = {}, pending?: Map<string, string>): Row[] => {
    const name = nameOf(query);
    seen.statements.push(name);
    const plain = fromNeo4jParams(params);
    if (name === 'createArticles' && pending) {
      for (const row of plain.rows as { id: string; key: string }[]) pending.set(row.id, row.key);
    }
    return answers[name]?.(plain) ?? [];
  };

  const beginTransaction = () => {
    seen.attempts += 1;
    seen.attemptTimes.push(Date.now());
    if (outage) throw fail(outage);
    const pending = new Map<string, string>();
    let open = true;
    return {
      run(query: string, params?: Params) {
        if (outage) return Promise.reject(fail(outage));
        if (failing.count > 0) {
          failing.count -= 1;
          return Promise.reject(fail(failing.code));
        }
        return toResult(answer(query, params, pending));
      },
      isOpen: () => open,
      async commit() {
        open = false;
        if (outage) throw fail(outage);
        for (const [id, key] of pending) stored.set(id, key);
        seen.commits += 1;
      },
      async rollback() {
        open = false;
      },
    };
  };

  const createSession = (config: Config) => {
    const executor = new internal.transactionExecutor.TransactionExecutor(
      config.maxTransactionRetryTime,
      options.firstRetryDelayMs ?? 20,
    );
    const execute = <T>(work: (tx: unknown) => Promise<T>) =>
      executor.execute(
        beginTransaction as never,
        work,
        neo4j.ManagedTransaction.fromTransaction as never,
      );
    seen.sessionsOpen += 1;
    let closed = false;
    return {
      executeRead: execute,
      executeWrite: execute,
      run(query: string, params?: Params) {
        if (outage) return Promise.reject(fail(outage));
        const explain = query.startsWith('EXPLAIN ');
        return toResult(explain ? [] : answer(query, params, new Map()));
      },
      async close() {
        if (closed) return;
        closed = true;
        executor.close();
        seen.sessionsOpen -= 1;
      },
    };
  };

  const createDriver = ((_uri: string, _auth: unknown, config: Config = {}) => {
    seen.drivers.push(config);
    return {
      session: () => createSession(config),
      verifyConnectivity: async () => {
        if (outage) throw fail(outage);
        return {};
      },
      close: async () => undefined,
    } as unknown as Driver;
  }) as typeof neo4j.driver;

  return {
    createDriver,
    down: (code = 'ServiceUnavailable') => {
      outage = code;
    },
    up: () => {
      outage = undefined;
    },
    failNext: (count, code) => {
      failing = { count, code };
    },
    articles: () => [...stored.keys()],
    seen,
  };
}
