/** Longest wait between two attempts, whatever Retry-After says. */
export const MAX_RETRY_DELAY_MS = 30_000;

/** Whether an HTTP status is worth retrying (429 and every 5xx). */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status <= 599);
}

/**
 * Wait before retry `attempt` (0-based): the server's Retry-After (seconds or an HTTP date) when
 * given, else exponential backoff from `baseMs` with jitter; capped at MAX_RETRY_DELAY_MS.
 */
export function retryDelay(attempt: number, retryAfter: string | null, baseMs = 200): number {
  const fromHeader = parseRetryAfter(retryAfter);
  const delay = fromHeader ?? baseMs * 2 ** attempt * (0.5 + Math.random() / 2);
  return Math.min(Math.max(0, delay), MAX_RETRY_DELAY_MS);
}

function parseRetryAfter(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - Date.now();
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(done, ms);
    timer.unref();
    signal.addEventListener('abort', onAbort, { once: true });
    function done() {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }
    function onAbort() {
      clearTimeout(timer);
      reject(signal.reason);
    }
  });
}
