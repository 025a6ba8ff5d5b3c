import type { Span, Tracer } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { ContextReader } from './context-reader';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';
import type { GenAiSpanListener } from '../tracing/genai-usage';
import type { SampledOutCheck } from '../tracing/sampled-out-check';
import type { SpanFieldTable } from '../tracing/span-field-table';
import type { TelemetryEventSink } from '../events/telemetry-event-sink';
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
  /** `config.enabled && config.traces.enabled`: false makes `@Instrument` a pass-through. */
  readonly tracingEnabled: boolean;
  /** Reads the active context (the registered manager directly when it can: context-reader.ts). */
  readonly activeContext: ContextReader;
  /** Whether a context is inside a sampled-out trace (`@Instrument` then only forwards the call). */
  readonly sampledOut: SampledOutCheck;
  /** Declared fields of the live spans that declared any (read by `TelemetryService.record`). */
  readonly spanFields: WeakMap<Span, SpanFieldTable>;
  /**
   * Called when a GenAI provider span (`@Instrument({ genAi })`) ends, e.g. to feed GenAI metrics.
   * Push a listener from a provider that injects `TELEMETRY_RUNTIME`; a listener that throws is
   * counted as `genai_listener_failed` and never reaches user code.
   */
  readonly genAiSpanListeners: GenAiSpanListener[];
  /** The app's event pipeline, set by the events part when events are enabled. */
  events?: TelemetryEventSink;
  /**
   * Metrics recorders for decorators (method RED metrics, GenAI span metrics); attached by the
   * metrics part when metrics are on, absent otherwise.
   */
  metrics?: RuntimeMetricsSink;
}
