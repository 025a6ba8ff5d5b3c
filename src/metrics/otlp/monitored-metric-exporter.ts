import { type ExportResult, ExportResultCode } from '@opentelemetry/core';
import type { PushMetricExporter, ResourceMetrics } from '@opentelemetry/sdk-metrics';
import type { ExporterStatus } from '../../diagnostics/exporter-status';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';

/** Wraps the OTLP metric exporter so each export result lands in its ExporterStatus (`otlp_metrics`). */
export class MonitoredMetricExporter implements PushMetricExporter {
  constructor(
    private readonly inner: PushMetricExporter,
    private readonly status: ExporterStatus,
    private readonly diagnostics: TelemetryDiagnostics,
  ) {}

  export(metrics: ResourceMetrics, done: (result: ExportResult) => void): void {
    const points = countPoints(metrics);
    const finish = (result: ExportResult) => {
      this.record(result, points);
      done(result);
    };
    try {
      this.inner.export(metrics, finish);
    } catch (error) {
      finish({ code: ExportResultCode.FAILED, error: error as Error });
    }
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }

  private record(result: ExportResult, points: number): void {
    if (result.code === ExportResultCode.SUCCESS) return this.status.recordSuccess(points);
    this.status.recordFailure(result.error, points);
    this.status.recordDrop('export_failed', points);
    this.diagnostics.count('metric_export_failed');
    this.diagnostics.errorRateLimited(
      `export:${this.status.name}`,
      `Metric export failed (${points} data points not delivered): ${result.error?.message ?? 'unknown error'}. ` +
        'Cumulative values are sent again at the next export; further failures are logged at most once a minute.',
    );
  }
}

function countPoints(metrics: ResourceMetrics): number {
  let n = 0;
  for (const scope of metrics.scopeMetrics) for (const m of scope.metrics) n += m.dataPoints.length;
  return n;
}
