/**
 * Spacing of export calls while the collector keeps failing: after each failed export the next
 * one waits twice as long (1 s, 2 s, 4 s... up to `maxMs`); a success resets it. The OTLP
 * exporter retries one request within its timeout (and honours Retry-After there); this keeps
 * a queue of batches from hammering a collector that answers 500 or 429 at once.
 */
export class ExportBackoff {
  private failures = 0;
  private notBefore = 0;

  constructor(
    private readonly baseMs = 1000,
    private readonly maxMs = 5000,
  ) {}

  /** How long the next export should wait, in ms (0: go now). */
  delay(now = Date.now()): number {
    return Math.max(0, this.notBefore - now);
  }

  recordSuccess(): void {
    this.failures = 0;
    this.notBefore = 0;
  }

  recordFailure(now = Date.now()): void {
    this.failures += 1;
    const wait = Math.min(this.maxMs, this.baseMs * 2 ** Math.min(this.failures - 1, 16));
    this.notBefore = now + wait;
  }
}
