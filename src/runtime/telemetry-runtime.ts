import type { Tracer } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { RuntimeMetricsSink } from '../metrics/runtime-metrics-sink';

/**
 * What decorators need at call time, published by the running TelemetryModule. Decorators wrap
 * methods when classes are defined, before any module exists, so they look this up per call.
 */
export interface TelemetryRuntime {
  readonly config: ResolvedTelemetryConfig;
  readonly diagnostics: TelemetryDiagnostics;
  /** The tracer of this library, from the global OpenTelemetry API. */
  readonly tracer: Tracer;
  /**
   * Metrics recorders for decorators (method RED metrics, GenAI span metrics); attached by the
   * metrics part when metrics are on, absent otherwise.
   */
  metrics?: RuntimeMetricsSink;
}
