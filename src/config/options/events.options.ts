import type { BatchOptions } from './batch.options';

/** Business-event pipeline settings. */
export interface EventsOptions {
  /** Emit events at all. When false, `emit` and `@TrackEvent` do nothing. @default true */
  enabled?: boolean;
  /** Event batching. Env: `OTEL_BLRP_*`. @default { maxExportBatchSize: 512, scheduledDelayMs: 5000, maxQueueSize: 2048, exportTimeoutMs: 30000 } */
  batch?: BatchOptions;
}
