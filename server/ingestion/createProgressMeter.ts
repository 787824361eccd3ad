/**
 * Progress of a long ingest: articles done/total, rate and time left. On a terminal it redraws one
 * line; in `lines` mode it prints one line per update (for logs); off a terminal it stays quiet.
 */
export type ProgressMode = 'bar' | 'lines' | 'off';

export interface ProgressMeter {
  update(done: number, total: number): void;
  end(): void;
}

export interface ProgressOptions {
  mode: ProgressMode;
  write: (text: string) => void;
  /** Least time between two redraws, in milliseconds. */
  intervalMs?: number;
  now?: () => number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const hours = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(hours ? 2 : 1, '0');
  const ss = String(whole % 60).padStart(2, '0');
  return hours ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/** "120/400 articles (30%), 85.2/s, 0:03 left" */
export function formatProgress(done: number, total: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 0;
  const left = rate > 0 ? (total - done) / rate : Number.POSITIVE_INFINITY;
  return `${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} articles (${percent}%), ${rate.toFixed(1)}/s, ${formatDuration(left)} left`;
}

export function createProgressMeter(options: ProgressOptions): ProgressMeter {
  const { mode, write, intervalMs = 100, now = () => performance.now() } = options;
  const started = now();
  let lastDraw = Number.NEGATIVE_INFINITY;
  let last: [number, number] | null = null;
  let drawn: [number, number] | null = null;
  const draw = ([done, total]: [number, number]) => {
    const line = formatProgress(done, total, (now() - started) / 1000);
    write(mode === 'bar' ? `\r\x1b[2K${line}` : `progress ${done}/${total} ${line}\n`);
    drawn = [done, total];
    lastDraw = now();
  };
  return {
    update(done, total) {
      if (mode === 'off') return;
      last = [done, total];
      if (now() - lastDraw >= intervalMs || done === total) draw(last);
    },
    end() {
      if (mode === 'off' || !last) return;
      if (drawn?.[0] !== last[0] || drawn[1] !== last[1]) draw(last);
      if (mode === 'bar') write('\n');
    },
  };
}
