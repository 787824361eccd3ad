/**
 * What a backend adapter gives the shared store logic: named statements run in a transaction.
 * Rows come back as plain JSON-like objects (driver values converted at the adapter edge).
 */
import type { BackendName, CypherOptions, CypherResult, StoreHealth } from '../GraphStore.js';
import type { EntityKind } from '../../domain/kinds.js';
import type { Dialect, TemplateVars } from '../loadCypher.js';
import type { GraphChanges } from './createGraphIndex.js';

export type Row = Record<string, unknown>;
export type Params = Record<string, unknown>;

export interface StatementTx {
  /** Runs a named statement from `cypher/` inside the transaction. */
  run(name: string, params?: Params, vars?: TemplateVars): Promise<Row[]>;
  /**
   * Told what the transaction changes in entities and relation edges, for the in-memory graph
   * index to follow once it commits (absent where none is kept).
   */
  changed?(changes: GraphChanges): void;
}

export interface StatementRunner {
  readonly backend: BackendName;
  readonly dialect: Dialect;
  /** Label expression matching any of these kinds (Kuzu `A:B` is OR; Neo4j writes `A|B`). */
  entityLabels(kinds?: readonly EntityKind[]): string;
  /** Runs a named read statement outside any write transaction. */
  read(name: string, params?: Params, vars?: TemplateVars): Promise<Row[]>;
  /** Runs `work` in one write transaction: all of it is stored or none. Writes are serialised. */
  write<T>(work: (tx: StatementTx) => Promise<T>): Promise<T>;
  /** Ad-hoc analyst query, refused unless read-only. */
  readOnly(query: string, params: Params, options: CypherOptions): Promise<CypherResult>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
