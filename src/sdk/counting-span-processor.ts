import { type Context, TraceFlags } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { ExporterStatus } from '../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { SpanQueueGauge } from './span-queue-gauge';

/**
 * Sits in front of the BatchSpanProcessor and keeps its queue bounded visibly: a sampled span
 * that finds the queue full is dropped here, counted as `queue_full` on the exporter status and
 * in the diagnostics, and logged at most once a minute, instead of vanishing silently.
 */
export class CountingSpanProcessor implements SpanProcessor {
  private closed = false;

  constructor(
    private readonly inner: SpanProcessor,
    private readonly gauge: SpanQueueGauge,
    private readonly status: ExporterStatus,
    private readonly diagnostics: TelemetryDiagnostics,
  ) {}

  onStart(span: Span, parentContext: Context): void {
    this.inner.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    if ((span.spanContext().traceFlags & TraceFlags.SAMPLED) === 0 || this.closed) {
      this.inner.onEnd(span);
      return;
    }
    if (this.gauge.tryAdd()) {
      this.inner.onEnd(span);
      return;
    }
    this.status.recordDrop('queue_full');
    this.diagnostics.count('span_queue_full');
    this.diagnostics.errorRateLimited(
      `queue_full:${this.status.name}`,
      `The span queue is full (${this.gauge.capacity} spans): new spans are dropped until the ` +
        'exporter catches up. Further drops are counted and logged at most once a minute.',
    );
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    this.closed = true;
    return this.inner.shutdown();
  }
}
