import type { Tracer } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';

/**
 * What decorators need at call time, published by the running TelemetryModule. Decorators wrap
 * methods when classes are defined, before any module exists, so they look this up per call.
 */
export interface TelemetryRuntime {
  readonly config: ResolvedTelemetryConfig;
  readonly diagnostics: TelemetryDiagnostics;
  /** The tracer of this library, from the global OpenTelemetry API. */
  readonly tracer: Tracer;
}
