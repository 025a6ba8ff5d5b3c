import { ExportResultCode, type ExportResult } from '@opentelemetry/core';
import type { ReadableSpan, SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { ExporterStatus } from '../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import { maskUrlCredentials } from '../config/describe-value';
import type { SpanQueueGauge } from './span-queue-gauge';

/** Wraps a span exporter so every export result lands in its ExporterStatus; failures are logged rate-limited. */
export class MonitoredSpanExporter implements SpanExporter {
  constructor(
    private readonly inner: SpanExporter,
    private readonly status: ExporterStatus,
    private readonly diagnostics: TelemetryDiagnostics,
    private readonly gauge?: SpanQueueGauge,
  ) {}

  export(spans: ReadableSpan[], done: (result: ExportResult) => void): void {
    this.gauge?.taken(spans.length);
    let settled = false;
    const finish = (result: ExportResult) => {
      if (settled) return;
      settled = true;
      this.gauge?.settled(spans.length);
      this.record(result, spans.length);
      done(result);
    };
    try {
      this.inner.export(spans, finish);
    } catch (error) {
      finish({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush?.() ?? Promise.resolve();
  }

  private record(result: ExportResult, count: number): void {
    if (result.code === ExportResultCode.SUCCESS) {
      this.status.recordSuccess(count);
      return;
    }
    this.status.recordFailure(result.error, count);
    this.status.recordDrop('export_failed', count);
    this.diagnostics.count('span_export_failed', count);
    this.diagnostics.errorRateLimited(
      `export:${this.status.name}`,
      `Span export failed (${count} spans dropped): ${maskUrlCredentials(result.error?.message ?? 'unknown error')}. ` +
        'The app keeps running; further failures are logged at most once a minute.',
    );
  }
}
