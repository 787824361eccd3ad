/**
 * Queries that try to change the graph, the schema or the file system, in plain and disguised
 * forms, each with the codes a refusal may carry. A form the embedded engine's Cypher dialect
 * cannot even parse (Neo4j-only syntax) may be refused as BAD_USER_INPUT; everything it parses
 * must be refused as READ_ONLY_VIOLATION.
 */
export interface HostileQuery {
  what: string;
  query: string;
  params?: Record<string, unknown>;
  /** Refusal codes accepted for this form. */
  codes: readonly string[];
  /** The CLI runs a representative subset (each run is a new process). */
  cli?: boolean;
}

const WRITE = ['READ_ONLY_VIOLATION'] as const;
const NOT_IN_DIALECT = ['READ_ONLY_VIOLATION', 'BAD_USER_INPUT'] as const;

export const HOSTILE_QUERIES: readonly HostileQuery[] = [
  // Plain writes.
  { what: 'CREATE', query: "CREATE (:State {id: 'state:x', name: 'X'})", codes: WRITE, cli: true },
  { what: 'MERGE', query: "MERGE (:State {id: 'state:y'})", codes: WRITE, cli: true },
  { what: 'SET', query: "MATCH (s:State) SET s.name = 'X'", codes: WRITE, cli: true },
  { what: 'REMOVE', query: 'MATCH (o:Official) REMOVE o.name', codes: NOT_IN_DIALECT, cli: true },
  { what: 'DELETE', query: 'MATCH (a:Article) DELETE a', codes: WRITE },
  { what: 'DETACH DELETE', query: 'MATCH (n) DETACH DELETE n', codes: WRITE, cli: true },
  // Schema changes.
  {
    what: 'create table',
    query: 'CREATE NODE TABLE Evil(id STRING, PRIMARY KEY(id))',
    codes: WRITE,
    cli: true,
  },
  { what: 'drop table', query: 'DROP TABLE State', codes: WRITE },
  { what: 'alter table', query: 'ALTER TABLE State ADD evil STRING', codes: WRITE },
  {
    what: 'create index (Neo4j syntax)',
    query: 'CREATE INDEX evil IF NOT EXISTS FOR (s:State) ON (s.name)',
    codes: NOT_IN_DIALECT,
  },
  // Files.
  {
    what: 'LOAD CSV (Neo4j)',
    query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    codes: NOT_IN_DIALECT,
    cli: true,
  },
  {
    what: 'LOAD FROM (embedded)',
    query: "LOAD FROM '/etc/passwd' (file_format='csv', header=false, delim='|') RETURN *",
    codes: WRITE,
  },
  { what: 'COPY FROM', query: "COPY State FROM '/etc/passwd'", codes: WRITE, cli: true },
  {
    what: 'COPY TO',
    query: "COPY (MATCH (s:State) RETURN s.id) TO '/tmp/entente-leak.csv'",
    codes: WRITE,
    cli: true,
  },
  {
    what: 'ATTACH',
    query: "ATTACH '/tmp/entente-attach' AS other (dbtype kuzu)",
    codes: WRITE,
  },
  { what: 'INSTALL extension', query: 'INSTALL httpfs', codes: WRITE },
  { what: 'LOAD EXTENSION', query: 'LOAD EXTENSION httpfs', codes: WRITE },
  // Procedures and transaction control.
  { what: 'CALL table function', query: 'CALL show_tables() RETURN *', codes: WRITE, cli: true },
  { what: 'CALL db.labels (Neo4j)', query: 'CALL db.labels()', codes: NOT_IN_DIALECT },
  { what: 'CALL dbms procedure (Neo4j)', query: 'CALL dbms.procedures()', codes: NOT_IN_DIALECT },
  { what: 'CHECKPOINT', query: 'CHECKPOINT', codes: WRITE },
  { what: 'COMMIT', query: 'COMMIT', codes: WRITE, cli: true },
  { what: 'BEGIN TRANSACTION', query: 'BEGIN TRANSACTION', codes: WRITE },
  // Disguised: comments, odd case, escapes, several statements, writes inside reads.
  {
    what: 'comment and odd case',
    query: "/* just reading */ cReAtE (:State {id: 'state:x'})",
    codes: WRITE,
    cli: true,
  },
  {
    what: 'line comments and new lines',
    query: "// a read\nMATCH (s:State)\n  sEt s.name = 'hacked'",
    codes: WRITE,
  },
  {
    what: 'RETURN hidden in comments',
    query: "MATCH (s:State) /* RETURN s */ SET s.name = 'h' // RETURN s",
    codes: WRITE,
  },
  { what: 'odd-case MERGE', query: "mErGe (s:State {id: 'state:z'})", codes: WRITE },
  { what: 'odd-case DETACH DELETE', query: 'MATCH (n) dEtAcH dElEtE n', codes: WRITE },
  {
    what: 'unicode escape in a keyword',
    query: "\\u0043REATE (:State {id: 'state:x'})",
    codes: NOT_IN_DIALECT,
    cli: true,
  },
  {
    what: 'unicode escape in a string',
    query: "CREATE (:State {id: 'state:\\u0078'})",
    codes: WRITE,
  },
  {
    what: 'Cyrillic look-alike letter',
    query: "\u0421REATE (:State {id: 'state:x'})",
    codes: NOT_IN_DIALECT,
  },
  {
    what: 'back-quoted names',
    query: "MATCH (s:`State`) SET s.`name` = 'x'",
    codes: WRITE,
  },
  { what: 'empty comment as space', query: "CREATE/**/(:State {id: 'state:k'})", codes: WRITE },
  {
    what: 'tab and no-break space',
    query: "\tCREATE\u00a0(:State {id: 'state:n'})",
    codes: WRITE,
  },
  {
    what: 'read then write, two statements',
    query: 'MATCH (s:State) RETURN s.id LIMIT 1; MATCH (n) DETACH DELETE n',
    codes: WRITE,
    cli: true,
  },
  {
    what: 'write after a harmless statement',
    query: "RETURN 1 AS x; CREATE (:State {id: 'state:q'})",
    codes: WRITE,
  },
  {
    what: 'write inside UNION',
    query: "RETURN 1 AS x UNION CREATE (:State {id: 'state:u'}) RETURN 2 AS x",
    codes: WRITE,
  },
  {
    what: 'write after UNWIND',
    query: "UNWIND [1] AS x CREATE (:State {id: 'state:w'}) RETURN x",
    codes: WRITE,
  },
  {
    what: 'write in a subquery (Neo4j)',
    query: "CALL { CREATE (:State {id: 'state:c'}) } RETURN 1",
    codes: NOT_IN_DIALECT,
  },
  {
    what: 'write in FOREACH (Neo4j)',
    query: "MATCH (s:State) FOREACH (x IN [1] | SET s.name = 'f')",
    codes: NOT_IN_DIALECT,
  },
  {
    what: 'DETACH DELETE that returns rows',
    query: 'MATCH (n:Article) WITH n DETACH DELETE n RETURN 1 AS x',
    codes: WRITE,
  },
  {
    what: 'write with a parameter',
    query: 'CREATE (:State {id: $id})',
    params: { id: 'state:from-param' },
    codes: WRITE,
  },
];

/** Paths the file forms above would create if they ran. */
export const FILES_THEY_WOULD_WRITE = ['/tmp/entente-leak.csv', '/tmp/entente-attach'];
