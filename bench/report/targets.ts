/**
 * The performance targets of Entente, each matched to a measurement by name (and size when the
 * target is stated at a size). A run prints each target beside its figure with met or MISSED.
 */
import type { Measurement } from './Measurement.js';

export interface Target {
  name: string;
  /** Only the measurement at this size is judged; any size when absent. */
  size?: number;
  comparison: 'atLeast' | 'below' | 'equals';
  value: number;
  label: string;
}

export const TARGETS: Target[] = [
  {
    name: 'extract.wordsPerSecond',
    comparison: 'atLeast',
    value: 100_000,
    label: '>= 100,000 words/s',
  },
  {
    name: 'ingest.seconds',
    size: 10_000,
    comparison: 'below',
    value: 60,
    label: '< 60 s for 10,000',
  },
  { name: 'graphql.neighborhood2.p95Ms', comparison: 'below', value: 50, label: '< 50 ms' },
  { name: 'graphql.search.p95Ms', comparison: 'below', value: 20, label: '< 20 ms' },
  {
    name: 'render.firstPaint.ms',
    size: 2_000,
    comparison: 'below',
    value: 2_000,
    label: '< 2 s at 2,000',
  },
  { name: 'load.errors', comparison: 'equals', value: 0, label: '0 errors' },
  // A loaded server still takes in newcomers: 1 s is a health probe's usual time limit.
  { name: 'load.newConnectionP99Ms', comparison: 'below', value: 1000, label: '< 1 s' },
  { name: 'load.newConnectionFailures', comparison: 'equals', value: 0, label: '0 failed' },
  { name: 'load.memorySlopeMbPerMin', comparison: 'below', value: 2, label: '< 2 MB/min (stable)' },
  // The same target on the heap V8 keeps after its full GCs: a leak of JavaScript objects.
  { name: 'load.heapSlopeMbPerMin', comparison: 'below', value: 2, label: '< 2 MB/min (no leak)' },
];

export type Verdict = 'met' | 'MISSED';

export interface Judged {
  target: Target;
  verdict: Verdict;
}

export function judge(
  measurement: Measurement,
  targets: readonly Target[] = TARGETS,
): Judged | null {
  const target = targets.find(
    (candidate) =>
      candidate.name === measurement.name &&
      (candidate.size === undefined || candidate.size === measurement.size),
  );
  if (!target) return null;
  return { target, verdict: isMet(target, measurement.value) ? 'met' : 'MISSED' };
}

function isMet(target: Target, value: number): boolean {
  if (target.comparison === 'atLeast') return value >= target.value;
  if (target.comparison === 'below') return value < target.value;
  return value === target.value;
}
