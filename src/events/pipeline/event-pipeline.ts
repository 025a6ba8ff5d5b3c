import type { ResolvedBatch } from '../../config/resolved-telemetry-config';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { TelemetryComponent } from '../../sdk/telemetry-component';
import type { EventSeverity } from '../event-severity';
import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventSink } from '../telemetry-event-sink';
import { activeSpanContext } from './active-span-context';
import type { EventBuilder } from './event-builder';
import type { ExporterChannel } from './exporter-channel';
import type { PendingEvent } from './pending-event';

/**
 * The event pipeline of one app. `emit` only samples, copies and pushes into a bounded queue
 * (no I/O, no serialisation, never throws); batches of `maxExportBatchSize` leave every
 * `scheduledDelayMs`, or as soon as a batch is full, and are handed to every exporter's lane.
 */
export class EventPipeline implements TelemetryComponent, TelemetryEventSink {
  readonly name = 'events';
  private queue: PendingEvent[] = [];
  private readonly timer: NodeJS.Timeout;
  private flushScheduled = false;
  private closed = false;

  constructor(
    private readonly channels: readonly ExporterChannel[],
    private readonly builder: EventBuilder,
    private readonly batch: ResolvedBatch,
    private readonly diagnostics: TelemetryDiagnostics,
    private readonly sampleRate: number,
  ) {
    this.timer = setInterval(() => this.flush(), batch.scheduledDelayMs || 1);
    this.timer.unref();
    for (const channel of channels) {
      channel.status.watchQueue(() => ({
        size: Math.max(this.queue.length, channel.size),
        capacity: batch.maxQueueSize,
      }));
    }
  }

  /** Queues one event; `sampleRate` overrides `events.sampleRate`. Never throws. */
  emit(
    name: string,
    attributes?: Record<string, unknown>,
    severity: EventSeverity = 'info',
    metadata?: Record<string, string>,
    sampleRate: number = this.sampleRate,
  ): void {
    try {
      if (sampleRate < 1 && !(Math.random() < sampleRate)) return;
      if (this.closed) return this.drop('shutdown');
      if (this.queue.length >= this.batch.maxQueueSize) return this.drop('queue_full');
      this.queue.push({
        name,
        time: Date.now(),
        severity,
        attributes: attributes === undefined ? undefined : copy(attributes),
        metadata,
        spanContext: activeSpanContext(),
      });
      if (this.queue.length >= this.batch.maxExportBatchSize) this.scheduleFlush();
    } catch {
      this.diagnostics.count('event_emit_failed');
    }
  }

  /** Hands every queued event to the exporters and waits until each lane has sent them. */
  async forceFlush(): Promise<void> {
    this.flush();
    await Promise.all(this.channels.map((c) => c.drain()));
  }

  async shutdown(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.forceFlush();
    await Promise.allSettled(this.channels.map((c) => c.shutdown()));
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushScheduled = false;
    while (this.queue.length > 0) {
      const pending = this.queue.splice(0, this.batch.maxExportBatchSize);
      const events: TelemetryEvent[] = [];
      for (const p of pending) {
        try {
          events.push(this.builder.build(p));
        } catch {
          this.diagnostics.count('event_build_failed');
        }
      }
      for (const channel of this.channels) channel.offer(events);
    }
  }

  /** One event lost before reaching any lane: counted once, and on every exporter's status. */
  private drop(reason: string): void {
    for (const channel of this.channels) channel.status.recordDrop(reason, 1);
    this.diagnostics.count(`event_dropped_${reason}`);
  }
}

/** A shallow copy, so later changes by the caller do not alter the queued event. */
function copy(attributes: Record<string, unknown>): unknown {
  if (typeof attributes !== 'object' || attributes === null || Array.isArray(attributes)) {
    return attributes;
  }
  try {
    return { ...attributes };
  } catch {
    return attributes; // a throwing getter: the sanitizer handles it at export time
  }
}
