import type { Provider } from '@nestjs/common';
import type { ResolvedTelemetryConfig as Config } from '../config/resolved-telemetry-config';
import { tokenUsageFromSpan } from './genai/token-usage-from-span';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_RUNTIME, TELEMETRY_SDK } from '../telemetry.constants';
import { createTelemetryMetrics, metricsActive } from './create-telemetry-metrics';
import { GenAiMetrics } from './genai/gen-ai-metrics';
import { OTLP_METRIC_READER, RUNTIME_METRICS_SINK } from './metrics.constants';
import { startOtlpMetrics } from './otlp/start-otlp-metrics';
import { MethodRedMetrics } from './red/method-red-metrics';
import { type RuntimeMetricsSink, runtimeMetricsSink } from './runtime-metrics-sink';
import { TelemetryMetrics } from './telemetry-metrics';

/** The registry, its OTLP export, GenAI and method RED metrics, and the decorators' sink. */
export function metricsCoreProviders(): Provider[] {
  return [
    {
      provide: TelemetryMetrics,
      useFactory: createTelemetryMetrics,
      inject: [TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: GenAiMetrics,
      useFactory: (m: TelemetryMetrics, c: Config, sdk: TelemetrySdk) =>
        new GenAiMetrics(m, c.metrics.genAi.prices, sdk.diagnostics),
      inject: [TelemetryMetrics, TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: MethodRedMetrics,
      useFactory: (m: TelemetryMetrics, c: Config) =>
        new MethodRedMetrics(m, c.metrics.http.buckets),
      inject: [TelemetryMetrics, TELEMETRY_CONFIG],
    },
    {
      provide: OTLP_METRIC_READER,
      useFactory: startOtlpMetrics,
      inject: [TELEMETRY_SDK, TelemetryMetrics, TELEMETRY_CONFIG],
    },
    {
      provide: RUNTIME_METRICS_SINK,
      useFactory: attachRuntimeSink,
      inject: [TELEMETRY_RUNTIME, MethodRedMetrics, GenAiMetrics, TELEMETRY_CONFIG],
    },
  ];
}

/** Gives decorators the metrics recorders through the app's runtime (`runtime.metrics`). */
function attachRuntimeSink(
  runtime: TelemetryRuntime,
  red: MethodRedMetrics,
  genAi: GenAiMetrics,
  config: Config,
): RuntimeMetricsSink | undefined {
  if (!metricsActive(config)) return undefined;
  runtime.metrics = runtimeMetricsSink(red, genAi);
  // GenAI provider spans (`@Instrument({ genAi })`) feed gen_ai.client.* metrics as they end.
  runtime.genAiSpanListeners.push((span) => genAi.recordTokenUsage(tokenUsageFromSpan(span)));
  return runtime.metrics;
}
