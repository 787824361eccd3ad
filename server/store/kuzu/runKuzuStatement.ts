/** Runs one statement on a Kuzu connection and always closes its results (else Kuzu crashes at exit). */
import type kuzu from 'kuzu';
import { EntenteError } from '../../errors/EntenteError.js';
import type { Row } from '../core/StatementRunner.js';
import { fromKuzuValue, toKuzuParams } from './fromKuzuValue.js';

type Connection = InstanceType<typeof kuzu.Connection>;
type QueryResult = InstanceType<typeof kuzu.QueryResult>;
type PreparedStatement = InstanceType<typeof kuzu.PreparedStatement>;

const prepared = new WeakMap<Connection, Map<string, PreparedStatement>>();

export async function prepareOn(
  connection: Connection,
  text: string,
  cache = true,
): Promise<PreparedStatement> {
  const cached = cache ? prepared.get(connection)?.get(text) : undefined;
  if (cached) return cached;
  const statement = await connection.prepare(text);
  if (!statement.isSuccess()) throw new KuzuStatementError(statement.getErrorMessage());
  if (cache) {
    const map = prepared.get(connection) ?? new Map<string, PreparedStatement>();
    map.set(text, statement);
    prepared.set(connection, map);
  }
  return statement;
}

/** A Kuzu error message, kept apart so callers map it to the right code. */
export class KuzuStatementError extends Error {}

export interface RunLimits {
  /** Stop reading after this many rows (and report that more were there). */
  rowCap?: number;
}

export interface RunOutput {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export async function runOn(
  connection: Connection,
  text: string,
  params: Record<string, unknown>,
  limits: RunLimits = {},
  cache = true,
): Promise<RunOutput> {
  const empty = findEmptyList(params);
  if (empty !== null) {
    throw new KuzuStatementError(
      `The parameter ${empty} is an empty list, which the embedded store cannot take (it has no element type); leave that condition out or give at least one value.`,
    );
  }
  const statement = await prepareOn(connection, text, cache);
  let result: QueryResult | QueryResult[];
  try {
    result = await connection.execute(statement, toKuzuParams(params));
  } catch (error) {
    throw new KuzuStatementError(error instanceof Error ? error.message : String(error));
  }
  const results = Array.isArray(result) ? result : [result];
  try {
    const last = results[results.length - 1];
    return last
      ? await readResult(last, limits.rowCap ?? Infinity)
      : { columns: [], rows: [], truncated: false };
  } finally {
    for (const item of results) item.close();
  }
}

/**
 * Where `params` holds an empty list (`$ids`, `$rows[0].aliases`), or null. Kuzu 0.11 cannot type an
 * empty list parameter: `x IN $ids` with one crashes the process, so none may reach it.
 */
export function findEmptyList(params: Record<string, unknown>): string | null {
  const visit = (value: unknown, where: string): string | null => {
    if (Array.isArray(value)) {
      if (value.length === 0) return where;
      for (const [index, item] of value.entries()) {
        const found = visit(item, `${where}[${index}]`);
        if (found !== null) return found;
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const found = visit(item, `${where}.${key}`);
        if (found !== null) return found;
      }
    }
    return null;
  };
  for (const [name, value] of Object.entries(params)) {
    const found = visit(value, `$${name}`);
    if (found !== null) return found;
  }
  return null;
}

async function readResult(result: QueryResult, rowCap: number): Promise<RunOutput> {
  const columns = result.getColumnNamesSync();
  const rows: Row[] = [];
  // getNextSync: the asynchronous getNext costs a trip through the thread pool per row, which
  // dominated reads of a few thousand rows; the rows are already computed at this point.
  while (result.hasNext()) {
    const row = result.getNextSync();
    if (!row) break;
    if (rows.length >= rowCap) return { columns, rows, truncated: true };
    rows.push(fromKuzuValue(row) as Row);
  }
  return { columns, rows, truncated: false };
}

/** Kuzu reports a query stopped by its timeout as "Interrupted". */
export function toKuzuError(error: unknown, what: string): EntenteError {
  const message = error instanceof Error ? error.message : String(error);
  if (/interrupt/i.test(message)) {
    return new EntenteError(
      'QUERY_TIMEOUT',
      `${what} took longer than its time limit and was stopped.`,
      { cause: error },
    );
  }
  if (error instanceof EntenteError) return error;
  return new EntenteError('INTERNAL', `${what} failed in the embedded store: ${message}`, {
    cause: error,
  });
}
