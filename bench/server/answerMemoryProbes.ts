/**
 * In the benchmark's server process: answers memory probes sent over the IPC channel the
 * benchmark opens, forcing a full GC first when asked (the benchmark asks only while no load
 * runs, so that the heap left is what the server keeps, not what requests in flight hold).
 * Does nothing when the process has no IPC channel (not started by the benchmark).
 */
import v8 from 'node:v8';
import type { MemoryProbeReply, MemoryProbeRequest } from '../measure/ServerMemory.js';
import { MEMORY_PROBE, toMb } from '../measure/ServerMemory.js';

export function answerMemoryProbes(): void {
  const send = process.send?.bind(process);
  if (!send) return;
  process.on('message', (message: unknown) => {
    if (!isProbe(message)) return;
    const heapAfterForcedGcMb = message.forceGc ? forceGc() : null;
    const usage = process.memoryUsage();
    const reply: MemoryProbeReply = {
      type: MEMORY_PROBE,
      id: message.id,
      memory: {
        rssMb: toMb(usage.rss),
        heapCommittedMb: toMb(usage.heapTotal),
        heapAfterForcedGcMb,
      },
    };
    send(reply);
  });
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
