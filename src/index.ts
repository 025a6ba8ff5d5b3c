export { TelemetryModule } from './telemetry.module';
export type { TelemetryModuleExtras } from './telemetry.module-definition';
export { TELEMETRY_MODULE_OPTIONS } from './telemetry.module-definition';
export { TelemetryService } from './telemetry.service';
export { TELEMETRY_CONFIG } from './telemetry.constants';
export { TelemetryConfigError } from './config/telemetry-config-error';
export { resolveTelemetryConfig } from './config/resolve-telemetry-config';
export type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
export type {
  TelemetryModuleOptions,
  ResourceAttributeValue,
} from './config/options/telemetry-module-options';
export type {
  OtlpOptions,
  OtlpSignalOptions,
  OtlpProtocol,
  OtlpCompression,
} from './config/options/otlp.options';
export type { BatchOptions } from './config/options/batch.options';
export type { TracesOptions, TraceExporterKind } from './config/options/traces.options';
export type {
  MetricsOptions,
  PrometheusOptions,
  HttpMetricsOptions,
  GenAiMetricsOptions,
  GenAiModelPrice,
} from './config/options/metrics.options';
export type { EventsOptions } from './config/options/events.options';
export type { LoggingOptions, LogLevel } from './config/options/logging.options';
export type { HealthOptions } from './config/options/health.options';
export type { ShutdownOptions } from './config/options/shutdown.options';
export { ExporterStatusRegistry } from './diagnostics/exporter-status.registry';
export type { ExporterStatusSnapshot } from './diagnostics/exporter-status';
export { TelemetryDiagnostics } from './diagnostics/telemetry-diagnostics';
export { TelemetryMetrics } from './metrics/telemetry-metrics';
export { Counter } from './metrics/registry/counter';
export { Histogram } from './metrics/registry/histogram';
export { Gauge } from './metrics/registry/gauge';
export { UpDownCounter } from './metrics/registry/up-down-counter';
export { MetricDefinitionError } from './metrics/registry/metric-definition.error';
export { DEFAULT_HISTOGRAM_BUCKETS } from './metrics/registry/metric-definition';
export type {
  MetricLabels,
  MetricKind,
  MetricDefinitionBase,
  CounterDefinition,
  HistogramDefinition,
  GaugeDefinition,
  UpDownCounterDefinition,
  CollectCallback,
  ObserveFn,
} from './metrics/registry/metric-definition';
export { toPrometheusName } from './metrics/registry/prometheus-name';
export { SKIP_HTTP_METRICS } from './metrics/metrics.constants';
export { GenAiMetrics } from './metrics/genai/gen-ai-metrics';
export type { TokenUsage } from './metrics/genai/token-usage';
export { estimateCost, type CostEstimate } from './metrics/genai/estimate-cost';
export { UNMATCHED_ROUTE } from './metrics/http/route-template';
export { MethodRedMetrics, type MethodCall } from './metrics/red/method-red-metrics';
export type { RuntimeMetricsSink } from './metrics/runtime-metrics-sink';
