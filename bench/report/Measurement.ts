/** One figure of a benchmark run, as written to `bench/results/latest.json`. */
export interface Measurement {
  /** Stable name, e.g. `graphql.search.p95Ms`; tools compare runs by it. */
  name: string;
  value: number;
  unit: string;
  /** The number of articles, elements, claims or requests it was measured at. */
  size: number;
  /** Which store it was measured on, for store-dependent figures. */
  backend?: string;
}

export interface BenchResults {
  startedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    totalMemoryMb: number;
    node: string;
    /** One-minute load average at the start, then after each phase: other work on the machine. */
    loadAverage: number;
  };
  options: Record<string, unknown>;
  measurements: Measurement[];
  /** Phases that could not run, with the reason. */
  skipped: { phase: string; reason: string }[];
}
