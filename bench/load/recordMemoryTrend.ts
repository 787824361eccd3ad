/**
 * The memory figures of one load run. `load.memorySlopeMbPerMin` is the trend of the server's
 * resident memory over the second half of the run, as measured from outside; it also moves with
 * the size V8 gives its heap from one GC to the next (tens of MB either way within half a
 * minute), so two more trends split it: the heap V8 keeps after its full GCs (a leak of
 * JavaScript objects) and the native rest (the embedded engine's buffer pool, malloc arenas).
 * The heap after a full GC forced just before and just after the run (outside the measured
 * window) says what the run left behind.
 */
import type { Measurement } from '../report/Measurement.js';
import type { PhaseContext } from '../phases/Phase.js';
import type { MemorySample } from '../measure/sampleMemory.js';
import {
  heapAfterGcPoints,
  nativePoints,
  rssPoints,
  toSlopeMbPerMinute,
} from '../measure/sampleMemory.js';
import type { ServerMemory } from '../measure/ServerMemory.js';

export interface MemoryTrend {
  samples: MemorySample[];
  /** Probes with a forced GC just before and just after the run. */
  before: ServerMemory | null;
  after: ServerMemory | null;
}

type Base = Pick<Measurement, 'size' | 'backend'>;

/** Records the figures and returns them as one line for the log. */
export function recordMemoryTrend(context: PhaseContext, base: Base, trend: MemoryTrend): string {
  const { samples } = trend;
  const steady = samples.slice(Math.floor(samples.length / 2));
  const heap = heapAfterGcPoints(steady);
  const native = nativePoints(steady);
  const figures: [string, number | null, string][] = [
    ['load.memorySlopeMbPerMin', toSlopeMbPerMinute(rssPoints(steady)), 'MB/min'],
    ['load.rssStartMb', samples[0]?.rssMb ?? Number.NaN, 'MB'],
    ['load.rssEndMb', samples.at(-1)?.rssMb ?? Number.NaN, 'MB'],
    // A slope needs two points: a short run may see no full GC in its second half.
    ['load.heapSlopeMbPerMin', heap.length >= 2 ? toSlopeMbPerMinute(heap) : null, 'MB/min'],
    ['load.nativeSlopeMbPerMin', native.length >= 2 ? toSlopeMbPerMinute(native) : null, 'MB/min'],
    ['load.heapAfterGcStartMb', trend.before?.heapAfterForcedGcMb ?? null, 'MB'],
    ['load.heapAfterGcEndMb', trend.after?.heapAfterForcedGcMb ?? null, 'MB'],
  ];
  for (const [name, value, unit] of figures) {
    if (value !== null) context.record({ ...base, name, value, unit });
  }
  const shown = (index: number): string => {
    const value = figures[index]?.[1];
    return value === null || value === undefined ? 'n/a' : value.toFixed(1);
  };
  return `memory per minute: RSS ${shown(0)} MB, heap ${shown(3)} MB (${heap.length} full GCs), native ${shown(4)} MB; heap after GC ${shown(5)} → ${shown(6)} MB`;
}
