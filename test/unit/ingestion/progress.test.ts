import {
  createProgressMeter,
  formatProgress,
} from '../../../server/ingestion/createProgressMeter.js';

describe('progress', () => {
  it('formats done/total, percent, rate and time left', () => {
    expect(formatProgress(120, 400, 2)).toBe('120/400 articles (30%), 60.0/s, 0:05 left');
    expect(formatProgress(0, 10, 0)).toBe('0/10 articles (0%), 0.0/s, ? left');
  });

  it('redraws one line on a terminal, at most once per interval, and ends with a newline', () => {
    let clock = 0;
    const out: string[] = [];
    const meter = createProgressMeter({
      mode: 'bar',
      write: (text) => out.push(text),
      intervalMs: 100,
      now: () => clock,
    });
    clock = 50;
    meter.update(1, 4);
    clock = 60;
    meter.update(2, 4);
    clock = 200;
    meter.update(3, 4);
    meter.end();
    expect(out.every((text) => text === '\n' || text.startsWith('\r\x1b[2K'))).toBe(true);
    expect(
      out
        .filter((text) => text !== '\n')
        .map((text) => text.replace('\r\x1b[2K', '').split(' ')[0]),
    ).toEqual(['1/4', '3/4']);
    expect(out[out.length - 1]).toBe('\n');
  });

  it('writes nothing when off', () => {
    const out: string[] = [];
    const meter = createProgressMeter({ mode: 'off', write: (text) => out.push(text) });
    meter.update(1, 1);
    meter.end();
    expect(out).toEqual([]);
  });
});
