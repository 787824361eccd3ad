/**
 * Resident memory of a process from /proc (Linux): current (VmRSS) and peak (VmHWM). The peak
 * can be reset so that each phase of a run reports its own peak.
 */
import { readFileSync, writeFileSync } from 'node:fs';

export interface Rss {
  currentMb: number;
  peakMb: number;
}

export function readRss(pid: number | 'self' = 'self'): Rss {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { currentMb: field(status, 'VmRSS'), peakMb: field(status, 'VmHWM') };
  } catch {
    const rss = pid === 'self' ? process.memoryUsage().rss / 2 ** 20 : Number.NaN;
    return { currentMb: rss, peakMb: rss };
  }
}

/** Starts a new peak: writing 5 to clear_refs resets VmHWM to the current RSS. */
export function resetPeakRss(pid: number | 'self' = 'self'): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

function field(status: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
