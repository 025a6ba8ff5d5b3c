import { Injectable, Logger } from '@nestjs/common';

/**
 * Counts telemetry failures that must never reach user code (an extractor that throws, an export
 * that fails, a value that cannot be serialised) and logs them without flooding: once per key, or
 * at most once per interval. One per app.
 */
@Injectable()
export class TelemetryDiagnostics {
  private readonly logger = new Logger('Telemetry');
  private readonly counts = new Map<string, number>();
  private readonly lastLogged = new Map<string, number>();

  /** Adds `n` to the failure counter of `reason`. */
  count(reason: string, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }

  /** Failure counts by reason. */
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Logs `message` the first time `key` is seen. */
  warnOnce(key: string, message: string): void {
    if (this.lastLogged.has(key)) return;
    this.lastLogged.set(key, Date.now());
    this.logger.warn(message);
  }

  /** Logs `message` at most once per `intervalMs` for `key`; returns whether it logged. */
  errorRateLimited(key: string, message: string, intervalMs = 60_000): boolean {
    const now = Date.now();
    const last = this.lastLogged.get(key);
    if (last !== undefined && now - last < intervalMs) return false;
    this.lastLogged.set(key, now);
    this.logger.error(message);
    return true;
  }
}
