/**
 * Memory of the benchmark's server process as it reports it over IPC (`answerMemoryProbes`):
 * what V8 holds apart from the rest of the process (the embedded engine, malloc arenas, code), so
 * that a change in resident memory can be traced to one or the other.
 */
export interface ServerMemory {
  /** Resident memory (VmRSS) at the moment of the probe, MB. */
  rssMb: number;
  /** Memory V8 has committed for its heap (`process.memoryUsage().heapTotal`), MB. */
  heapCommittedMb: number;
  /** Heap in use after a full GC forced by this probe, MB; null when not asked or not possible. */
  heapAfterForcedGcMb: number | null;
}

/** What the benchmark sends; `forceGc` needs the process run with --expose-gc. */
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

/** Resident memory that is not V8's heap: the embedded engine, malloc arenas, code. */
export const toNativeMb = (memory: ServerMemory): number => memory.rssMb - memory.heapCommittedMb;
