/**
 * The first guard of the embedded store's read-only queries, before anything reaches Kuzu: the
 * statement must start with a clause that begins a read query. Kuzu binds a statement while
 * preparing or explaining it, and binding `EXPORT DATABASE '<dir>'` already creates `<dir>`, so
 * such statements must be refused by their text. Kuzu's Node API does not say a prepared
 * statement's type, and preparing is what must not happen; hence a check of the leading keyword
 * after comments and white space. It is an allow list: anything else (EXPORT, IMPORT, ATTACH,
 * COPY, LOAD, INSTALL, CHECKPOINT, CREATE, a typo) is refused. The plan check and the read-only
 * transaction still apply to what passes.
 */
import { EntenteError } from '../../errors/EntenteError.js';

/** Keywords a read query may start with (OPTIONAL as in OPTIONAL MATCH). */
const READ_CLAUSES: ReadonlySet<string> = new Set([
  'MATCH',
  'OPTIONAL',
  'UNWIND',
  'WITH',
  'RETURN',
  'CALL',
]);

/** The first word of a statement, upper-cased, after white space and comments. */
export function leadingKeyword(query: string): string {
  let rest = query;
  for (;;) {
    rest = rest.replace(/^\s+/u, '');
    if (rest.startsWith('//')) {
      const newline = rest.search(/[\r\n]/);
      rest = newline < 0 ? '' : rest.slice(newline);
    } else if (rest.startsWith('/*')) {
      const end = rest.indexOf('*/', 2);
      rest = end < 0 ? '' : rest.slice(end + 2);
    } else {
      return (/^[A-Za-z_]+/.exec(rest)?.[0] ?? rest.slice(0, 1)).toUpperCase();
    }
  }
}

export function assertReadClause(query: string): void {
  const keyword = leadingKeyword(query);
  if (keyword === '') {
    throw new EntenteError(
      'BAD_USER_INPUT',
      'The query is empty: write a read query, e.g. MATCH (s:State) RETURN s LIMIT 10.',
    );
  }
  if (!READ_CLAUSES.has(keyword)) {
    throw new EntenteError(
      'READ_ONLY_VIOLATION',
      `The query console only reads the graph: a statement starting with "${keyword}" is refused. Start it with MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN or CALL.`,
    );
  }
}
