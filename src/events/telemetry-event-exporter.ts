import type { TelemetryEvent } from './telemetry-event';

/**
 * A destination of business events (a Langfuse or warehouse sink, for instance). The pipeline
 * calls `export` with one batch at a time per exporter, never concurrently; a rejected promise
 * counts as a failed batch. Exporters are isolated: a slow or failing one holds up no other.
 *
 * @example
 * class WarehouseExporter implements TelemetryEventExporter {
 *   readonly name = 'warehouse';
 *   async export(events: readonly TelemetryEvent[]) { await warehouse.insert(events); }
 * }
 * TelemetryModule.forRoot({ events: { exporters: ['otlp', new WarehouseExporter()] } })
 */
export interface TelemetryEventExporter {
  /** Name in /health and the exporter statuses; unique per app. */
  readonly name: string;
  /** Sends one batch. `signal` aborts when the batch misses `events.batch.exportTimeoutMs`. */
  export(events: readonly TelemetryEvent[], signal: AbortSignal): Promise<void>;
  /** Sends what the exporter buffers itself, if anything. */
  forceFlush?(): Promise<void>;
  /** Releases sockets and timers at app shutdown. */
  shutdown?(): Promise<void>;
}
