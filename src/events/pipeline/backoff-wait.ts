import type { ExportBackoff } from '../../sdk/export-backoff';

/**
 * Holds a lane's next export back while its backoff says so (1 s, 2 s, 4 s... after failures in a
 * row), as BackoffSpanExporter does for spans: a collector answering 500 at once gets a few
 * requests, not one per batch. `release()` lets the waiting export go now (a flush);
 * `hurry()` also skips every later wait (shutdown must not wait a backoff out).
 */
export class BackoffWait {
  private wake: (() => void) | undefined;
  private hurried = false;

  constructor(private readonly backoff: ExportBackoff) {}

  /** Resolves when the next export may go: at once when no wait is due. */
  until(): Promise<void> {
    const ms = this.hurried ? 0 : this.backoff.delay();
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.release(), ms);
      timer.unref();
      this.wake = () => {
        clearTimeout(timer);
        this.wake = undefined;
        resolve();
      };
    });
  }

  /** The export waiting now, if any, goes at once. */
  release(): void {
    this.wake?.();
  }

  /** From now on exports go at once, and the one waiting goes now. */
  hurry(): void {
    this.hurried = true;
    this.release();
  }
}
