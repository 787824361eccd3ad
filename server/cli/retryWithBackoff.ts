/**
 * Runs `work` until it succeeds, waiting longer after each retryable failure (exponential
 * backoff with a ceiling). A failure `isRetryable` refuses is thrown at once; so is the abort.
 */
export interface BackoffOptions {
  /** Wait before the first retry, in milliseconds. */
  firstDelayMs: number;
  /** Longest wait between two attempts, in milliseconds. */
  maxDelayMs: number;
  /** Each wait is the previous one times this. */
  factor: number;
  /** Which failures are worth another attempt (e.g. the store is unreachable). */
  isRetryable: (error: unknown) => boolean;
  /** Told before each wait: the failure, the attempt that failed (1-based) and the wait. */
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** Stops waiting: the promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How to wait; tests pass their own. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_BACKOFF: Readonly<Omit<BackoffOptions, 'isRetryable'>> = Object.freeze({
  firstDelayMs: 1000, // a restarting database is often back within a second or two
  maxDelayMs: 30_000, // never wait longer than this between two attempts
  factor: 2, // 1 s, 2 s, 4 s, … 30 s
});

/** The wait after the `attempt`-th failure (1-based). */
export function toBackoffDelay(
  attempt: number,
  options: Pick<BackoffOptions, 'firstDelayMs' | 'maxDelayMs' | 'factor'>,
): number {
  return Math.min(options.maxDelayMs, options.firstDelayMs * options.factor ** (attempt - 1));
}

export async function retryWithBackoff<T>(
  work: () => Promise<T>,
  options: BackoffOptions,
): Promise<T> {
  const sleep = options.sleep ?? sleepFor;
  for (let attempt = 1; ; attempt += 1) {
    options.signal?.throwIfAborted();
    try {
      return await work();
    } catch (error) {
      if (!options.isRetryable(error)) throw error;
      const delayMs = toBackoffDelay(attempt, options);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs, options.signal);
    }
  }
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });
}
