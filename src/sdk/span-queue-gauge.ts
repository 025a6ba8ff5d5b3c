/**
 * Counts the spans of the trace pipeline that are not delivered yet: `queued` in the batch
 * processor (added when a sampled span ends, removed when a batch goes to the exporter) and
 * `inFlight` in an export call. The BatchSpanProcessor drops spans silently past its
 * `maxQueueSize`; this gauge lets the wrapper in front of it drop (and count) them first.
 */
export class SpanQueueGauge {
  private queuedCount = 0;
  private inFlightCount = 0;
  private idleWaiters: (() => void)[] = [];

  constructor(readonly capacity: number) {}

  get queued(): number {
    return this.queuedCount;
  }

  get inFlight(): number {
    return this.inFlightCount;
  }

  /** Reserves a queue slot; false when the queue is full. */
  tryAdd(): boolean {
    if (this.queuedCount >= this.capacity) return false;
    this.queuedCount += 1;
    return true;
  }

  /** Spans left the queue for an export call. */
  taken(count: number): void {
    this.queuedCount = Math.max(0, this.queuedCount - count);
    this.inFlightCount += count;
  }

  /** An export call finished (delivered or failed). */
  settled(count: number): void {
    this.inFlightCount = Math.max(0, this.inFlightCount - count);
    if (this.queuedCount + this.inFlightCount > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Resolves once nothing is queued or in flight (callers bound the wait with a deadline). */
  whenIdle(): Promise<void> {
    if (this.queuedCount + this.inFlightCount === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }
}
