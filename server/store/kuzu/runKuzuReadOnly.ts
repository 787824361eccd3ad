/**
 * Ad-hoc analyst queries on the embedded store, read-only by the store's own guarantee: it must
 * start with a read clause (checked on its text, before Kuzu prepares it), then each runs
 * alone in a `READ ONLY` transaction on its own connection (Kuzu refuses any write inside it), as
 * a single prepared statement (Kuzu refuses several), after its EXPLAIN plan is checked for file
 * access (COPY TO, LOAD FROM) and procedure calls, which a read-only transaction would allow.
 */
import kuzu from 'kuzu';
import { EntenteError } from '../../errors/EntenteError.js';
import { assertReadClause } from './assertReadClause.js';
import type { CypherOptions, CypherResult } from '../GraphStore.js';
import { KuzuStatementError, runOn, toKuzuError } from './runKuzuStatement.js';

/** Table functions a plan may use: reading intermediate results. Anything else is refused. */
const ALLOWED_TABLE_FUNCTIONS = new Set(['READ_FTABLE']);
/** Plan operators refused outright: file output and transaction control. */
const FORBIDDEN_OPERATORS = new Set([
  'COPY_TO',
  'TRANSACTION',
  'EXPORT_DATABASE',
  'IMPORT_DATABASE',
  'ATTACH_DATABASE',
]);

export async function runKuzuReadOnly(
  db: kuzu.Database,
  query: string,
  params: Record<string, unknown>,
  options: CypherOptions,
): Promise<CypherResult> {
  assertReadClause(query);
  const connection = new kuzu.Connection(db);
  await connection.init();
  connection.setQueryTimeout(options.timeoutMs);
  // One worker thread per ad-hoc query; the runner caps how many run at once.
  connection.setMaxNumThreadForExec(1);
  let open = false;
  try {
    await runOn(connection, 'BEGIN TRANSACTION READ ONLY', {}, {}, false);
    open = true;
    await assertReadPlan(connection, query, params);
    const output = await runOn(connection, query, params, { rowCap: options.rowCap }, false);
    return { columns: output.columns, rows: output.rows, truncated: output.truncated };
  } catch (error) {
    throw toReadOnlyError(error);
  } finally {
    if (open) await runOn(connection, 'ROLLBACK', {}, {}, false).catch(() => undefined);
    await connection.close();
  }
}

async function assertReadPlan(
  connection: kuzu.Connection,
  query: string,
  params: Record<string, unknown>,
): Promise<void> {
  const plan = await runOn(connection, `EXPLAIN ${query}`, params, {}, false);
  const text = plan.rows.map((row) => Object.values(row).join('\n')).join('\n');
  const operators = [...text.matchAll(/\b([A-Z][A-Z_]+)\[\d+\]/g)].map((match) => match[1] ?? '');
  const forbidden = operators.find((op) => FORBIDDEN_OPERATORS.has(op));
  const functions = [...text.matchAll(/Function: ([A-Z_]+)/g)].map((match) => match[1] ?? '');
  const call = functions.find((name) => !ALLOWED_TABLE_FUNCTIONS.has(name));
  if (forbidden !== undefined || call !== undefined) {
    throw new EntenteError(
      'READ_ONLY_VIOLATION',
      `The query console only reads the graph: ${forbidden ?? `the call ${call}`} (file access, procedure or system call) is refused.`,
    );
  }
}

function toReadOnlyError(error: unknown): EntenteError {
  if (error instanceof EntenteError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/read-only transaction|read only/i.test(message)) {
    return new EntenteError(
      'READ_ONLY_VIOLATION',
      'The query console only reads the graph: writes and schema changes are refused.',
      { cause: error },
    );
  }
  if (/multiple statements/i.test(message)) {
    return new EntenteError(
      'READ_ONLY_VIOLATION',
      'The query console runs one read-only statement at a time; remove the extra statements.',
      { cause: error },
    );
  }
  if (/interrupt/i.test(message)) return toKuzuError(error, 'The query');
  if (error instanceof KuzuStatementError) {
    return new EntenteError('BAD_USER_INPUT', `The query was not accepted: ${message}`, {
      cause: error,
    });
  }
  return toKuzuError(error, 'The query');
}
