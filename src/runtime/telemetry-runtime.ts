import type { Tracer } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { TelemetryEventSink } from '../events/telemetry-event-sink';

/**
 * What decorators need at call time, published by the running TelemetryModule. Decorators wrap
 * methods when classes are defined, before any module exists, so they look this up per call.
 */
export interface TelemetryRuntime {
  readonly config: ResolvedTelemetryConfig;
  readonly diagnostics: TelemetryDiagnostics;
  /** The tracer of this library, from the global OpenTelemetry API. */
  readonly tracer: Tracer;
  /** The app's event pipeline, set by the events part when events are enabled. */
  events?: TelemetryEventSink;
}
