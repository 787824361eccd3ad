/** Writes a run's results as JSON (`bench/results/latest.json` by default). */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchResults } from './Measurement.js';

export async function writeResults(file: string, results: BenchResults): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
}
