/**
 * The memory figures of one load run. `load.memorySlopeMbPerMin` is the trend of the server's
 * resident memory over the second half of the measured run, read from outside each second. It
 * also moves with the size V8 gives its heap from one GC to the next (tens of MB either way
 * within half a minute on a server whose memory is flat), so the run is also weighed between two
 * probes taken while no load runs, just before and just after it, each after a forced full GC:
 * the heap then holds only what the server keeps (a leak of JavaScript objects shows here), and
 * resident memory less V8's heap is the native rest (the embedded engine, malloc arenas).
 */
import type { Measurement } from '../report/Measurement.js';
import type { PhaseContext } from '../phases/Phase.js';
import type { MemorySample } from '../measure/sampleMemory.js';
import { toSlopeMbPerMinute } from '../measure/sampleMemory.js';
import type { ServerMemory } from '../measure/ServerMemory.js';
import { toNativeMb } from '../measure/ServerMemory.js';

export interface MemoryTrend {
  /** RSS each second over the measured run. */
  samples: MemorySample[];
  /** Probes with a forced GC while no load runs, just before and just after the measured run. */
  before: ServerMemory | null;
  after: ServerMemory | null;
}

type Base = Pick<Measurement, 'size' | 'backend'>;

/** Records the figures and returns them as one line for the log. */
export function recordMemoryTrend(context: PhaseContext, base: Base, trend: MemoryTrend): string {
  const { samples, before, after } = trend;
  const steady = samples.slice(Math.floor(samples.length / 2));
  const minutes = (samples.at(-1)?.at ?? 0) / 60;
  const perMinute = (change: number): number => change / minutes;
  const heapStart = before?.heapAfterForcedGcMb ?? null;
  const heapEnd = after?.heapAfterForcedGcMb ?? null;
  const probed = heapStart !== null && heapEnd !== null && before && after && minutes > 0;
  const figures: [string, number | null, string][] = [
    ['load.memorySlopeMbPerMin', toSlopeMbPerMinute(steady), 'MB/min'],
    ['load.rssStartMb', samples[0]?.rssMb ?? Number.NaN, 'MB'],
    ['load.rssEndMb', samples.at(-1)?.rssMb ?? Number.NaN, 'MB'],
    ['load.heapSlopeMbPerMin', probed ? perMinute(heapEnd - heapStart) : null, 'MB/min'],
    [
      'load.nativeSlopeMbPerMin',
      probed ? perMinute(toNativeMb(after) - toNativeMb(before)) : null,
      'MB/min',
    ],
    ['load.heapAfterGcStartMb', heapStart, 'MB'],
    ['load.heapAfterGcEndMb', heapEnd, 'MB'],
  ];
  for (const [name, value, unit] of figures) {
    if (value !== null) context.record({ ...base, name, value, unit });
  }
  const shown = (index: number): string => figures[index]?.[1]?.toFixed(1) ?? 'n/a';
  return `memory per minute: RSS ${shown(0)} MB, heap ${shown(3)} MB, native ${shown(4)} MB; heap after GC ${shown(5)} → ${shown(6)} MB`;
}
