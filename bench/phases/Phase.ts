/**
 * A phase of the benchmark: a name and a function that measures and records figures. Phases are
 * listed in `phases.ts`; `--only` picks among them.
 */
import type { BenchOptions, PhaseName } from '../options/BenchOptions.js';
import type { Measurement } from '../report/Measurement.js';
import type { BenchStore } from '../server/BenchStore.js';
import type { LargeGraph } from '../graph/LargeGraph.js';

export interface PhaseContext {
  options: BenchOptions;
  /** A fresh temporary folder for this run. */
  workDir: string;
  /** The stores to measure on: the embedded store, and Neo4j when NEO4J_URI is set. */
  stores: BenchStore[];
  /** The large graph loaded into a store, built once and shared by the phases that need it. */
  largeGraph(store: BenchStore): Promise<LargeGraph>;
  record(measurement: Measurement): void;
  log(line: string): void;
}

export interface Phase {
  name: PhaseName;
  /** What the phase measures, printed when it starts. */
  description: string;
  run(context: PhaseContext): Promise<void>;
}

/** Thrown by a phase that cannot run here; the run goes on and lists it as skipped. */
export class PhaseSkipped extends Error {
  override readonly name = 'PhaseSkipped';
}
