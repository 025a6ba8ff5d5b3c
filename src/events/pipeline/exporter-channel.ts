import type { ExporterStatus } from '../../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';
import { exportWithDeadline } from './export-with-deadline';

/**
 * One exporter's own lane: its own bounded backlog of batches and at most one batch in flight.
 * A slow or failing exporter fills and drops only its own backlog; the other lanes run on.
 */
export class ExporterChannel {
  private readonly backlog: (readonly TelemetryEvent[])[] = [];
  private backlogSize = 0;
  private inFlight: Promise<void> | undefined;

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

  /** Resolves when the backlog is empty and nothing is in flight. */
  async drain(): Promise<void> {
    while (this.inFlight) await this.inFlight;
  }

  async shutdown(): Promise<void> {
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
    this.inFlight = this.send(batch).finally(() => {
      this.backlogSize -= batch.length;
      this.inFlight = undefined;
      this.pump();
    });
  }

  private async send(batch: readonly TelemetryEvent[]): Promise<void> {
    const outcome = await exportWithDeadline(this.exporter, batch, this.timeoutMs);
    if (outcome.ok) {
      this.status.recordSuccess(batch.length);
      return;
    }
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
