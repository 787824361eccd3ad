/** Maps driver errors to the project's error codes, with a message saying what to do next. */
import { EntenteError } from '../../errors/EntenteError.js';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);
/** The server runs, but the database is starting, stopping or being restored. */
const DATABASE_UNAVAILABLE = 'Neo.TransientError.General.DatabaseUnavailable';

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : '';
}

export function toNeo4jError(error: unknown, uri: string, what: string): EntenteError {
  if (error instanceof EntenteError) return error;
  const code = codeOf(error);
  const message = error instanceof Error ? error.message : String(error);
  if (UNAVAILABLE.has(code) || /ECONNREFUSED|ENOTFOUND|connect/i.test(code)) {
    return new EntenteError(
      'STORE_UNAVAILABLE',
      `Cannot reach Neo4j at ${uri}: start it with \`docker compose up neo4j\`, or unset NEO4J_URI to use the embedded store.`,
      { cause: error },
    );
  }
  if (code === DATABASE_UNAVAILABLE) {
    return new EntenteError(
      'STORE_UNAVAILABLE',
      `Neo4j at ${uri} answers but its database is not available (starting, stopping or being restored): wait until it is online, or unset NEO4J_URI to use the embedded store.`,
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Security.')) {
    return new EntenteError(
      'STORE_UNAVAILABLE',
      `Neo4j at ${uri} refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.`,
      { cause: error },
    );
  }
  if (code.includes('TransactionTimedOut') || /timed out|terminated/i.test(message)) {
    return new EntenteError(
      'QUERY_TIMEOUT',
      `${what} took longer than its time limit and was stopped.`,
      { cause: error },
    );
  }
  if (code === 'Neo.ClientError.Statement.AccessMode' || /read.?only|access mode/i.test(message)) {
    return new EntenteError(
      'READ_ONLY_VIOLATION',
      'The query console only reads the graph: writes and schema changes are refused.',
      { cause: error },
    );
  }
  if (code.startsWith('Neo.ClientError.Statement.')) {
    return new EntenteError('BAD_USER_INPUT', `${what} was not accepted: ${message}`, {
      cause: error,
    });
  }
  return new EntenteError('INTERNAL', `${what} failed in Neo4j: ${message}`, { cause: error });
}
