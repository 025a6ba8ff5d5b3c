import type { ExporterStatus } from '../../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import { ExportBackoff } from '../../sdk/export-backoff';
import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';
import { BackoffWait } from './backoff-wait';
import { exportWithDeadline } from './export-with-deadline';

/**
 * One exporter's own lane: its own bounded backlog of batches and at most one batch in flight.
 * A slow or failing exporter fills and drops only its own backlog; the other lanes run on. After
 * a failed export the next one waits out a backoff (1 s doubling to 5 s, reset by a success),
 * while batches keep queueing in the bounded backlog.
 */
export class ExporterChannel {
  private readonly backlog: (readonly TelemetryEvent[])[] = [];
  private backlogSize = 0;
  private inFlight: Promise<void> | undefined;
  private readonly backoff = new ExportBackoff();
  private readonly wait = new BackoffWait(this.backoff);

  constructor(
    readonly exporter: TelemetryEventExporter,
    readonly status: ExporterStatus,
    private readonly diagnostics: TelemetryDiagnostics,
    private readonly capacity: number,
    private readonly timeoutMs: number,
  ) {}

  /** Events waiting in this lane (in flight included). */
  get size(): number {
    return this.backlogSize;
  }

  /** Queues a batch; what does not fit the lane's capacity is dropped and counted. */
  offer(events: readonly TelemetryEvent[]): void {
    const room = Math.max(0, this.capacity - this.backlogSize);
    const kept = events.length <= room ? events : events.slice(0, room);
    const dropped = events.length - kept.length;
    if (dropped > 0) this.recordDrop('queue_full', dropped);
    if (kept.length === 0) return;
    this.backlog.push(kept);
    this.backlogSize += kept.length;
    this.pump();
  }

  /** Sends the backlog without waiting out the backoff; resolves when nothing is left in flight. */
  async drain(): Promise<void> {
    while (this.inFlight) {
      this.wait.release();
      await this.inFlight;
    }
  }

  async shutdown(): Promise<void> {
    this.wait.hurry();
    await this.drain();
    await this.exporter.shutdown?.();
  }

  /** Counts `n` events this exporter lost (`event_export_dropped_<reason>` in diagnostics). */
  private recordDrop(reason: string, n: number): void {
    this.status.recordDrop(reason, n);
    this.diagnostics.count(`event_export_dropped_${reason}`, n);
  }

  private pump(): void {
    if (this.inFlight) return;
    const batch = this.backlog.shift();
    if (!batch) return;
    this.inFlight = this.wait
      .until()
      .then(() => this.send(batch))
      .finally(() => {
        this.backlogSize -= batch.length;
        this.inFlight = undefined;
        this.pump();
      });
  }

  private async send(batch: readonly TelemetryEvent[]): Promise<void> {
    const outcome = await exportWithDeadline(this.exporter, batch, this.timeoutMs);
    if (outcome.ok) {
      this.backoff.recordSuccess();
      this.status.recordSuccess(batch.length);
      return;
    }
    this.backoff.recordFailure();
    this.status.recordFailure(outcome.error, batch.length);
    this.recordDrop(outcome.reason, batch.length);
    this.diagnostics.errorRateLimited(
      `export:${this.status.name}`,
      `Event export to ${this.status.name} failed (${batch.length} events dropped): ` +
        `${describe(outcome.error)}. The app keeps running; further failures are logged at most once a minute.`,
    );
  }
}

function describe(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}
