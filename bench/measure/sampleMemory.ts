/**
 * Samples a process's resident memory at a fixed interval, for the memory trend of a load test
 * and the peak of a phase. Given a probe into the process (`ServerProcess.memory`), each sample
 * also splits that memory: native (resident memory less V8's committed heap: the embedded
 * engine, malloc arenas, code) and the heap V8 kept after each full GC it ran by itself. Stop it
 * to get the samples.
 */
import { readRss } from './readRss.js';
import type { ServerMemory } from './ServerMemory.js';

export interface MemorySample {
  /** Seconds since sampling started. */
  at: number;
  rssMb: number;
  /** Resident memory less V8's committed heap, as the process reported it (when probed). */
  nativeMb?: number;
  /** Heap in use after each full GC since the previous sample (when probed). */
  heapAfterFullGcMb?: number[];
}

export interface MemorySampler {
  stop(): Promise<MemorySample[]>;
}

export type MemoryProbe = () => Promise<ServerMemory | null>;

export function sampleMemory(
  pid: number | 'self',
  intervalMs: number,
  probe?: MemoryProbe,
): MemorySampler {
  const started = performance.now();
  const samples: MemorySample[] = [];
  let probing: Promise<void> | null = null;
  const take = (): void => {
    const sample = { at: (performance.now() - started) / 1000, rssMb: readRss(pid).currentMb };
    samples.push(sample);
    // One probe at a time: GCs seen while one is out are reported by the next.
    if (probe && !probing) {
      probing = probe()
        .then((memory) => {
          if (memory) Object.assign(sample, splitMemory(memory));
        })
        .finally(() => {
          probing = null;
        });
    }
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await probing;
      take();
      await probing;
      return samples;
    },
  };
}

function splitMemory(memory: ServerMemory): Pick<MemorySample, 'nativeMb' | 'heapAfterFullGcMb'> {
  return {
    nativeMb: memory.rssMb - memory.heapCommittedMb,
    heapAfterFullGcMb: memory.heapAfterFullGcMb,
  };
}

/** A value at a time, for a trend. */
export interface MemoryPoint {
  at: number;
  mb: number;
}

/** The RSS of each sample. */
export const rssPoints = (samples: readonly MemorySample[]): MemoryPoint[] =>
  samples.map((sample) => ({ at: sample.at, mb: sample.rssMb }));

/** The native memory of each probed sample. */
export const nativePoints = (samples: readonly MemorySample[]): MemoryPoint[] =>
  samples.flatMap((sample) =>
    sample.nativeMb === undefined ? [] : [{ at: sample.at, mb: sample.nativeMb }],
  );

/** The heap after each full GC, at the time of the sample that reported it. */
export const heapAfterGcPoints = (samples: readonly MemorySample[]): MemoryPoint[] =>
  samples.flatMap((sample) =>
    (sample.heapAfterFullGcMb ?? []).map((mb) => ({ at: sample.at, mb })),
  );

/** Least-squares slope of memory over time, in MB per minute; zero for fewer than two points. */
export function toSlopeMbPerMinute(points: readonly MemoryPoint[]): number {
  if (points.length < 2) return 0;
  const n = points.length;
  const meanT = points.reduce((sum, p) => sum + p.at, 0) / n;
  const meanM = points.reduce((sum, p) => sum + p.mb, 0) / n;
  let covariance = 0;
  let variance = 0;
  for (const p of points) {
    covariance += (p.at - meanT) * (p.mb - meanM);
    variance += (p.at - meanT) ** 2;
  }
  return variance === 0 ? 0 : (covariance / variance) * 60;
}
