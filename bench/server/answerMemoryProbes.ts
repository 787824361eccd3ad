/**
 * In the benchmark's server process: answers memory probes sent over the IPC channel the
 * benchmark opens. V8's own GC profiler records the heap in use after every GC, so the heap's
 * live size is followed without forcing any GC during a measurement; a GC is forced only when a
 * probe asks for it (before and after a load run). Does nothing when the process has no IPC
 * channel (not started by the benchmark).
 */
import v8 from 'node:v8';
import type {
  MemoryProbeReply,
  MemoryProbeRequest,
  ServerMemory,
} from '../measure/ServerMemory.js';
import { MEMORY_PROBE, toMb } from '../measure/ServerMemory.js';

const FULL_GC = 'MarkSweepCompact';

export function answerMemoryProbes(): void {
  const send = process.send?.bind(process);
  if (!send) return;
  let profiler = startProfiler();
  process.on('message', (message: unknown) => {
    if (!isProbe(message)) return;
    const heapAfterFullGcMb = fullGcsOf(profiler.stop());
    const heapAfterForcedGcMb = message.forceGc ? forceGc() : null;
    profiler = startProfiler();
    const usage = process.memoryUsage();
    const memory: ServerMemory = {
      rssMb: toMb(usage.rss),
      heapCommittedMb: toMb(usage.heapTotal),
      heapAfterFullGcMb,
      heapAfterForcedGcMb,
    };
    const reply: MemoryProbeReply = { type: MEMORY_PROBE, id: message.id, memory };
    send(reply);
  });
}

function startProfiler(): v8.GCProfiler {
  const profiler = new v8.GCProfiler();
  profiler.start();
  return profiler;
}

function fullGcsOf(profile: v8.GCProfilerResult | undefined): number[] {
  return (profile?.statistics ?? [])
    .filter((gc) => gc.gcType === FULL_GC)
    .map((gc) => toMb(gc.afterGC.heapStatistics.usedHeapSize));
}

function forceGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return toMb(v8.getHeapStatistics().used_heap_size);
}

function isProbe(message: unknown): message is MemoryProbeRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === MEMORY_PROBE
  );
}
