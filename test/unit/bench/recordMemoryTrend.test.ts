/**
 * The load run's memory figures: the RSS trend keeps its names and meaning, and the heap and
 * native trends beside it are taken from the same second half of the run.
 */
import { recordMemoryTrend } from '../../../bench/load/recordMemoryTrend.js';
import type { MemorySample } from '../../../bench/measure/sampleMemory.js';
import { toSlopeMbPerMinute } from '../../../bench/measure/sampleMemory.js';
import type { ServerMemory } from '../../../bench/measure/ServerMemory.js';
import type { PhaseContext } from '../../../bench/phases/Phase.js';
import type { Measurement } from '../../../bench/report/Measurement.js';

function record(samples: MemorySample[], before: ServerMemory | null = null) {
  const recorded: Measurement[] = [];
  const context = { record: (m: Measurement) => recorded.push(m) } as unknown as PhaseContext;
  const line = recordMemoryTrend(
    context,
    { size: 75, backend: 'embedded' },
    {
      samples,
      before,
      after: before && { ...before, heapAfterForcedGcMb: 30 },
    },
  );
  const value = (name: string) => recorded.find((m) => m.name === name)?.value;
  return { recorded, value, line };
}

/** One sample a second for `seconds`, RSS and native from functions of time. */
function run(
  seconds: number,
  rss: (at: number) => number,
  native: (at: number) => number,
  fullGcs: Record<number, number[]> = {},
): MemorySample[] {
  return Array.from({ length: seconds + 1 }, (_, at) => ({
    at,
    rssMb: rss(at),
    nativeMb: native(at),
    heapAfterFullGcMb: fullGcs[at] ?? [],
  }));
}

const memory: ServerMemory = {
  rssMb: 200,
  heapCommittedMb: 50,
  heapAfterFullGcMb: [],
  heapAfterForcedGcMb: 18,
};

describe('toSlopeMbPerMinute', () => {
  it('gives MB per minute of a straight line and zero for a single point', () => {
    const line = [0, 10, 20, 30].map((at) => ({ at, mb: 100 + at / 2 }));
    expect(toSlopeMbPerMinute(line)).toBeCloseTo(30);
    expect(toSlopeMbPerMinute([{ at: 3, mb: 9 }])).toBe(0);
  });
});

describe('recordMemoryTrend', () => {
  it('keeps the RSS figures under their names: slope of the second half, first and last RSS', () => {
    // Flat for 30 s, then 1 MB/s: only the second half counts.
    const { value } = record(
      run(
        60,
        (at) => (at < 30 ? 300 : 300 + (at - 30)),
        () => 200,
      ),
    );
    expect(value('load.memorySlopeMbPerMin')).toBeCloseTo(60);
    expect(value('load.rssStartMb')).toBe(300);
    expect(value('load.rssEndMb')).toBe(330);
  });

  it('takes the heap slope from the full GCs of the second half only', () => {
    const fullGcs = { 5: [10], 20: [40], 35: [22], 45: [22.5], 55: [23] };
    const { value } = record(
      run(
        60,
        () => 300,
        () => 200,
        fullGcs,
      ),
    );
    // 22 → 23 MB over 20 s: 3 MB/min; the first half (10 → 40 MB) is warm-up.
    expect(value('load.heapSlopeMbPerMin')).toBeCloseTo(3);
    expect(value('load.nativeSlopeMbPerMin')).toBeCloseTo(0);
  });

  it('reports native growth apart from the heap', () => {
    const { value } = record(
      run(
        60,
        (at) => 300 + at,
        (at) => 200 + at,
        { 40: [20], 50: [20] },
      ),
    );
    expect(value('load.nativeSlopeMbPerMin')).toBeCloseTo(60);
    expect(value('load.heapSlopeMbPerMin')).toBeCloseTo(0);
  });

  it('records no heap slope when the second half saw fewer than two full GCs, and says so', () => {
    const { value, line } = record(
      run(
        60,
        () => 300,
        () => 200,
        { 10: [20], 50: [21] },
      ),
    );
    expect(value('load.heapSlopeMbPerMin')).toBeUndefined();
    expect(line).toContain('heap n/a MB (1 full GCs)');
  });

  it('records the heap after the GCs forced before and after the run', () => {
    const { value } = record(
      run(
        10,
        () => 300,
        () => 200,
      ),
      memory,
    );
    expect(value('load.heapAfterGcStartMb')).toBe(18);
    expect(value('load.heapAfterGcEndMb')).toBe(30);
  });

  it('records no heap or native figure for a server that did not answer its probes', () => {
    const samples = run(
      10,
      () => 300,
      () => 200,
    ).map(({ at, rssMb }) => ({ at, rssMb }));
    const { recorded } = record(samples);
    expect(recorded.map((m) => m.name)).toEqual([
      'load.memorySlopeMbPerMin',
      'load.rssStartMb',
      'load.rssEndMb',
    ]);
  });
});
