/**
 * Settings of a benchmark run, merged from the command line over these defaults. `--quick`
 * swaps in tiny sizes, for a smoke run that checks the suite works rather than how fast.
 */
export const PHASE_NAMES = ['extract', 'ingest', 'render', 'graphql', 'load'] as const;
export type PhaseName = (typeof PHASE_NAMES)[number];

export interface BenchOptions {
  /** Largest corpus ingested; ingestion is also measured at 1,000 articles. */
  articles: number;
  /** Articles whose words the extraction figure is measured on. */
  extractArticles: number;
  /** Articles loaded both one row per statement and batched, for the ratio. */
  ratioArticles: number;
  graphEntities: number;
  graphClaims: number;
  /** Requests per GraphQL query measured. */
  requests: number;
  renderSizes: number[];
  loadSeconds: number;
  loadConnections: number;
  only: PhaseName[];
  seed: number;
  out: string;
  /** Keep the temporary folder (corpora, stores, bundles) for inspection. */
  keep: boolean;
  /** Allow the run to empty the Neo4j database named by NEO4J_URI before measuring on it. */
  neo4jClear: boolean;
  quick: boolean;
}

export const BENCH_DEFAULTS: BenchOptions = {
  articles: 10_000, // the ingestion target is stated for 10,000 articles
  extractArticles: 10_000, // about two million words
  ratioArticles: 1_000, // one-row-per-statement loading is slow; keep its sample modest
  graphEntities: 100_000, // the "large graph" of the query targets
  graphClaims: 1_000_000,
  requests: 200, // per query, for p50/p95/p99
  renderSizes: [500, 2_000, 5_000], // elements (nodes + edges)
  loadSeconds: 60, // per graph under load
  loadConnections: 100, // concurrent GraphQL clients
  only: [...PHASE_NAMES],
  seed: 7,
  out: 'bench/results/latest.json',
  keep: false,
  neo4jClear: false,
  quick: false,
};

/** Tiny sizes for `--quick` and the smoke test: seconds, not minutes. */
export const QUICK_SIZES: Partial<BenchOptions> = {
  articles: 40,
  extractArticles: 40,
  ratioArticles: 10,
  graphEntities: 300,
  graphClaims: 600,
  requests: 10,
  renderSizes: [50, 100],
  loadSeconds: 2,
  loadConnections: 10,
};
