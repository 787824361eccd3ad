/**
 * Samples a process's resident memory at a fixed interval, for the memory trend of a load test
 * and the peak of a phase. Stop it to get the samples.
 */
import { readRss } from './readRss.js';

export interface MemorySample {
  /** Seconds since sampling started. */
  at: number;
  rssMb: number;
}

export interface MemorySampler {
  stop(): MemorySample[];
}

export function sampleMemory(pid: number | 'self', intervalMs: number): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  const take = (): void => {
    samples.push({ at: (performance.now() - started) / 1000, rssMb: readRss(pid).currentMb });
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

/** Least-squares slope of RSS over time, in MB per minute. */
export function toSlopeMbPerMinute(samples: readonly MemorySample[]): number {
  if (samples.length < 2) return 0;
  const n = samples.length;
  const meanT = samples.reduce((sum, s) => sum + s.at, 0) / n;
  const meanM = samples.reduce((sum, s) => sum + s.rssMb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const s of samples) {
    covariance += (s.at - meanT) * (s.rssMb - meanM);
    variance += (s.at - meanT) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 60;
}
