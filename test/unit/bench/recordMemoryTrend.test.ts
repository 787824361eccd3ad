/**
 * The load run's memory figures: the RSS trend keeps its names and meaning, and the heap and
 * native trends beside it come from the probes taken, after a forced GC, just before and just
 * after the measured run.
 */
import { recordMemoryTrend } from '../../../bench/load/recordMemoryTrend.js';
import { toWarmUpSeconds } from '../../../bench/load/runLoad.js';
import type { MemorySample } from '../../../bench/measure/sampleMemory.js';
import type { ServerMemory } from '../../../bench/measure/ServerMemory.js';
import type { PhaseContext } from '../../../bench/phases/Phase.js';
import type { Measurement } from '../../../bench/report/Measurement.js';

function record(samples: MemorySample[], before: ServerMemory | null, after: ServerMemory | null) {
  const recorded: Measurement[] = [];
  const context = { record: (m: Measurement) => recorded.push(m) } as unknown as PhaseContext;
  const line = recordMemoryTrend(
    context,
    { size: 75, backend: 'embedded' },
    {
      samples,
      before,
      after,
    },
  );
  const value = (name: string) => recorded.find((m) => m.name === name)?.value;
  return { recorded, value, line };
}

/** One RSS sample a second for `seconds`. */
const rssEachSecond = (seconds: number, rss: (at: number) => number): MemorySample[] =>
  Array.from({ length: seconds + 1 }, (_, at) => ({ at, rssMb: rss(at) }));

const probe = (heapMb: number | null, rssMb = 300, heapCommittedMb = 80): ServerMemory => ({
  rssMb,
  heapCommittedMb,
  heapAfterForcedGcMb: heapMb,
});

describe('recordMemoryTrend', () => {
  it('keeps the RSS figures under their names: slope of the second half, first and last RSS', () => {
    // Flat for 30 s, then 1 MB/s: only the second half counts.
    const samples = rssEachSecond(60, (at) => (at < 30 ? 300 : 300 + (at - 30)));
    const { value } = record(samples, probe(20), probe(20));
    expect(value('load.memorySlopeMbPerMin')).toBeCloseTo(60);
    expect(value('load.rssStartMb')).toBe(300);
    expect(value('load.rssEndMb')).toBe(330);
  });

  it('weighs the heap between the forced GCs before and after the run, per minute of the run', () => {
    const { value } = record(
      rssEachSecond(30, () => 300),
      probe(22),
      probe(23.5),
    );
    expect(value('load.heapAfterGcStartMb')).toBe(22);
    expect(value('load.heapAfterGcEndMb')).toBe(23.5);
    expect(value('load.heapSlopeMbPerMin')).toBeCloseTo(3);
  });

  it('reports native growth apart from the heap: resident memory less the committed heap', () => {
    // RSS grows by 40 MB, of which V8 committed 10 MB more: 30 MB native over 2 minutes.
    const { value } = record(
      rssEachSecond(120, () => 300),
      probe(20, 300, 80),
      probe(20, 340, 90),
    );
    expect(value('load.nativeSlopeMbPerMin')).toBeCloseTo(15);
    expect(value('load.heapSlopeMbPerMin')).toBeCloseTo(0);
  });

  it('records no heap or native figure when the server could not force a GC or did not answer', () => {
    const samples = rssEachSecond(10, () => 300);
    for (const [before, after] of [
      [null, probe(20)],
      [probe(20), null],
      [probe(null), probe(null)],
    ] as const) {
      const { recorded, line } = record(samples, before, after);
      expect(recorded.map((m) => m.name)).not.toContain('load.heapSlopeMbPerMin');
      expect(recorded.map((m) => m.name)).not.toContain('load.nativeSlopeMbPerMin');
      expect(recorded.map((m) => m.name)).toContain('load.memorySlopeMbPerMin');
      expect(line).toContain('heap n/a MB');
    }
  });
});

describe('toWarmUpSeconds', () => {
  it('warms up for a sixth of the measured run and at least a second', () => {
    expect(toWarmUpSeconds(60)).toBe(10);
    expect(toWarmUpSeconds(2)).toBe(1);
  });
});
