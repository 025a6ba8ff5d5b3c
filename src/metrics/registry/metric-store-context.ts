import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';

/** What every metric store shares with its registry. */
export interface MetricStoreContext {
  readonly diagnostics: TelemetryDiagnostics;
  /** Series cap of a metric whose definition sets none. */
  readonly defaultMaxSeries: number;
  /** Called each time a recording lands in the overflow series of `metricName`. */
  onOverflow(metricName: string): void;
}
