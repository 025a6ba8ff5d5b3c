import type { Attributes } from '@opentelemetry/api';
import type { GenAiMetrics } from './genai/gen-ai-metrics';
import type { MethodCall, MethodRedMetrics } from './red/method-red-metrics';

/**
 * What decorators can record at call time through the TelemetryRuntime (`runtime.metrics`):
 * RED metrics of an `@Instrument`ed method, and GenAI metrics of a finished provider span.
 */
export interface RuntimeMetricsSink {
  recordMethodCall(call: MethodCall): void;
  recordGenAiSpan(attributes: Attributes, durationS: number): void;
}

/** The sink backed by this app's metrics. */
export function runtimeMetricsSink(red: MethodRedMetrics, genAi: GenAiMetrics): RuntimeMetricsSink {
  return {
    recordMethodCall: (call) => red.record(call),
    recordGenAiSpan: (attributes, durationS) =>
      genAi.recordFromSpanAttributes(attributes, durationS),
  };
}
