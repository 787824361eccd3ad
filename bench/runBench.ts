/**
 * Runs the selected phases in a fresh temporary folder, collecting their measurements. A phase
 * that fails or cannot run here is listed as skipped with its reason; the others still run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { toEntenteError } from '../server/errors/EntenteError.js';
import { loadLargeGraph } from './graph/loadLargeGraph.js';
import type { LargeGraph } from './graph/LargeGraph.js';
import { readRss } from './measure/readRss.js';
import type { BenchOptions } from './options/BenchOptions.js';
import type { PhaseContext } from './phases/Phase.js';
import { PhaseSkipped } from './phases/Phase.js';
import { PHASES } from './phases/phases.js';
import type { BenchResults, Measurement } from './report/Measurement.js';
import { createBenchStores } from './server/BenchStore.js';
import type { BenchStore } from './server/BenchStore.js';

/**
 * Runs the phases; `afterPhase` receives the results so far after each one (the CLI writes them,
 * so that a long run stopped midway keeps what it measured).
 */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void,
  afterPhase: (results: BenchResults) => Promise<void> = async () => undefined,
): Promise<BenchResults> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'entente-bench-'));
  const results = createResults(options);
  const { stores, neo4jSkipped } = createBenchStores(workDir, options.neo4jClear);
  if (neo4jSkipped) results.skipped.push({ phase: 'neo4j', reason: neo4jSkipped });
  const context = createContext(options, workDir, stores, results.measurements, log);
  try {
    for (const phase of PHASES.filter((candidate) => options.only.includes(candidate.name))) {
      log(`\n${phase.name}: ${phase.description}`);
      const started = performance.now();
      try {
        await phase.run(context);
      } catch (error) {
        const reason =
          error instanceof PhaseSkipped ? error.message : toEntenteError(error).message;
        results.skipped.push({ phase: phase.name, reason });
        log(`  skipped: ${reason}`);
      }
      log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      results.machine.loadAverage = os.loadavg()[0] ?? 0;
      await afterPhase(results);
    }
  } finally {
    if (options.keep) log(`\nKept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
  results.measurements.push(...overallPeaks(results.measurements));
  return results;
}

function createContext(
  options: BenchOptions,
  workDir: string,
  stores: BenchStore[],
  measurements: Measurement[],
  log: (line: string) => void,
): PhaseContext {
  const graphs = new Map<BenchStore, Promise<LargeGraph>>();
  const record = (measurement: Measurement): void => void measurements.push(measurement);
  const largeGraph = (store: BenchStore): Promise<LargeGraph> => {
    const existing = graphs.get(store);
    if (existing) return existing;
    log(
      `  generating and loading the large graph (${options.graphEntities.toLocaleString('en-US')} entities, ${options.graphClaims.toLocaleString('en-US')} claims) into ${store.backend}`,
    );
    const loading = loadLargeGraph(store, {
      entities: options.graphEntities,
      claims: options.graphClaims,
      seed: options.seed,
      record,
      log,
    });
    graphs.set(store, loading);
    return loading;
  };
  return { options, workDir, stores, largeGraph, record, log };
}

/** `server.peakRssMb`: the highest peak of any phase, per backend. */
function overallPeaks(measurements: Measurement[]): Measurement[] {
  const peaks = measurements.filter((measurement) =>
    measurement.name.startsWith('server.peakRssMb.'),
  );
  if (peaks.length === 0)
    return [{ name: 'server.peakRssMb', value: readRss().peakMb, unit: 'MB', size: 0 }];
  const highest = peaks.reduce((top, measurement) =>
    measurement.value > top.value ? measurement : top,
  );
  return [{ ...highest, name: 'server.peakRssMb' }];
}

function createResults(options: BenchOptions): BenchResults {
  const cpus = os.cpus();
  return {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
      node: process.version,
      loadAverage: os.loadavg()[0] ?? 0,
    },
    options: { ...options },
    measurements: [],
    skipped: [],
  };
}
