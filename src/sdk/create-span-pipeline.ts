import {
  BatchSpanProcessor,
  NoopSpanProcessor,
  type SpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { ExporterStatus } from '../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { BackoffSpanExporter } from './backoff-span-exporter';
import { CountingSpanProcessor } from './counting-span-processor';
import { createSpanExporter } from './create-span-exporter';
import { ExportBackoff } from './export-backoff';
import { MonitoredSpanExporter } from './monitored-span-exporter';
import { SpanQueueGauge } from './span-queue-gauge';

/** The span pipeline, and the handles shutdown needs. */
export interface SpanPipeline {
  processor: SpanProcessor;
  /** Spans queued and in flight; undefined without an exporter. */
  queue?: SpanQueueGauge;
  /** Sends held-back exports at once (shutdown). */
  hurry: () => void;
}

/**
 * Counting queue guard → BatchSpanProcessor → status recording → backoff between failing
 * exports → the configured exporter. Every drop and failure lands in `status`.
 */
export function createSpanPipeline(
  config: ResolvedTelemetryConfig,
  statusOf: () => ExporterStatus,
  diagnostics: TelemetryDiagnostics,
): SpanPipeline {
  const exporter = createSpanExporter(config);
  // No exporter, no status: /health and /metrics list only exporters that exist.
  if (!exporter) return { processor: new NoopSpanProcessor(), hurry: () => {} };
  const status = statusOf();
  const { batch } = config.traces;
  const queue = new SpanQueueGauge(batch.maxQueueSize);
  status.watchQueue(() => ({ size: queue.queued, capacity: queue.capacity }));
  const maxBackoffMs = Math.min(5000, Math.floor(batch.exportTimeoutMs / 2));
  const spaced = new BackoffSpanExporter(exporter, new ExportBackoff(1000, maxBackoffMs));
  const monitored = new MonitoredSpanExporter(spaced, status, diagnostics, queue);
  const batching = new BatchSpanProcessor(monitored, {
    maxExportBatchSize: batch.maxExportBatchSize,
    scheduledDelayMillis: batch.scheduledDelayMs,
    maxQueueSize: batch.maxQueueSize,
    exportTimeoutMillis: batch.exportTimeoutMs,
  });
  return {
    processor: new CountingSpanProcessor(batching, queue, status, diagnostics),
    queue,
    hurry: () => spaced.hurry(),
  };
}
