/**
 * A tiny run of `npm run bench -- --quick` so that the benchmark cannot rot: every named
 * measurement is present with a finite number, no phase was skipped, and the short load test saw
 * no errors. No timing is asserted: speed is for the benchmark to report, not for tests to judge.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

interface Results {
  measurements: { name: string; value: number; unit: string; size: number }[];
  skipped: { phase: string; reason: string }[];
}

const NAMED = [
  'extract.wordsPerSecond',
  'ingest.seconds',
  'ingest.articlesPerSecond',
  'ingest.claimsPerSecond',
  'ingest.batchedToPerRowRatio',
  ...['search', 'neighborhood1', 'neighborhood2', 'paths', 'relations'].flatMap((query) =>
    ['p50Ms', 'p95Ms', 'p99Ms'].map((stat) => `graphql.${query}.${stat}`),
  ),
  'render.fcose.ms',
  'render.firstPaint.ms',
  'server.peakRssMb',
  'load.p99Ms',
  'load.errors',
  'load.requestsPerSecond',
  'load.memorySlopeMbPerMin',
  'load.heapAfterGcStartMb',
  'load.heapAfterGcEndMb',
  'load.newConnectionP99Ms',
];

describe('npm run bench -- --quick', () => {
  let dir: string;
  let results: Results;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'entente-bench-smoke-'));
    const out = path.join(dir, 'latest.json');
    await run(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick', '--out', out], {
      env: { ...process.env, NODE_OPTIONS: '', NEO4J_URI: '' },
      maxBuffer: 16 * 1024 * 1024,
      timeout: 400_000,
    });
    results = JSON.parse(await readFile(out, 'utf8')) as Results;
  }, 420_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips no phase', () => {
    expect(results.skipped).toEqual([]);
  });

  it.each(NAMED)('reports %s as a finite number', (name) => {
    const found = results.measurements.filter((measurement) => measurement.name === name);
    expect(found.length).toBeGreaterThan(0);
    for (const measurement of found) {
      expect(Number.isFinite(measurement.value)).toBe(true);
      expect(Number.isFinite(measurement.size)).toBe(true);
    }
  });

  it('measures ingestion at every size asked and rendering at every element count', () => {
    const sizes = (name: string) =>
      results.measurements.filter((m) => m.name === name).map((m) => m.size);
    expect(sizes('ingest.seconds')).toEqual([40]);
    expect(sizes('render.fcose.ms')).toEqual([50, 100]);
  });

  it('serves the short load test without a single error', () => {
    const errors = results.measurements.filter((measurement) => measurement.name === 'load.errors');
    expect(errors).toHaveLength(2);
    for (const measurement of errors) expect(measurement.value).toBe(0);
  });

  it('lets in every new connection it tried during the load', () => {
    const failures = results.measurements.filter(
      (measurement) => measurement.name === 'load.newConnectionFailures',
    );
    expect(failures).toHaveLength(2);
    for (const measurement of failures) expect(measurement.value).toBe(0);
  });
});
