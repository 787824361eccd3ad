/**
 * Memory of the benchmark's server process as it reports it over IPC (`answerMemoryProbes`):
 * what V8 holds apart from what the rest of the process (the embedded engine, malloc, code) holds,
 * so that a trend in resident memory can be traced to one or the other.
 */
export interface ServerMemory {
  /** Resident memory (VmRSS) at the moment of the probe, MB. */
  rssMb: number;
  /** Memory V8 has committed for its heap (`process.memoryUsage().heapTotal`), MB. */
  heapCommittedMb: number;
  /** Heap in use right after each full (mark-compact) GC V8 ran by itself since the last probe, MB. */
  heapAfterFullGcMb: number[];
  /** Heap in use after a full GC forced by this probe (asked for outside measured windows), MB. */
  heapAfterForcedGcMb: number | null;
}

/** What the benchmark sends to the server process; `forceGc` needs the process run with --expose-gc. */
export interface MemoryProbeRequest {
  type: typeof MEMORY_PROBE;
  id: number;
  forceGc: boolean;
}

export interface MemoryProbeReply {
  type: typeof MEMORY_PROBE;
  id: number;
  memory: ServerMemory;
}

export const MEMORY_PROBE = 'entente-bench-memory';

export const toMb = (bytes: number): number => bytes / 2 ** 20;
