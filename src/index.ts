export { TelemetryModule } from './telemetry.module';
export type { TelemetryModuleExtras } from './telemetry.module-definition';
export { TELEMETRY_MODULE_OPTIONS } from './telemetry.module-definition';
export { TelemetryService } from './telemetry.service';
export { TELEMETRY_CONFIG, SKIP_TELEMETRY_METADATA } from './telemetry.constants';
export { SkipTelemetry } from './decorators/skip-telemetry.decorator';
export { TelemetryHealthCheck } from './health/telemetry-health-check.decorator';
export type { TelemetryHealthIndicator } from './health/telemetry-health-check.decorator';
export { HealthCheckRegistry } from './health/health-check.registry';
export type {
  HealthCheckStatus,
  HealthCheckResult,
  HealthCheckOutcome,
  HealthCheckFn,
  HealthCheckOptions,
} from './health/health-check.types';
export type { HealthReport, HealthReportStatus } from './health/health-report.types';
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
export { Instrument } from './decorators/instrument.decorator';
export type {
  AnyMethod,
  FieldSource,
  FromThis,
  InstrumentDecorator,
  InstrumentOptions,
  InstrumentResult,
} from './decorators/instrument-options';
export { isClientHttpError } from './decorators/is-client-http-error';
export { Empty } from './tracing/empty-field';
export type { ErrorClass, ExpectedErrors } from './tracing/expected-errors';
export type { GenAiOptions } from './tracing/genai-options';
export type { TelemetrySpanOptions } from './tracing/span-options';
export { HttpServerSpanInstrumentation } from './http/server-span/http-server-span.instrumentation';
export { isTelemetryEndpointRequest } from './http/telemetry-endpoint-request';
export type { HttpServerSpanOptions } from './http/server-span/http-server-span.options';
export type { GenAiSpanListener, GenAiSpanUsage } from './tracing/genai-usage';
export { genAiUsageFromAttributes } from './tracing/genai-usage';
export {
  GEN_AI_FIELD_ATTRIBUTES,
  GEN_AI_OPERATION_NAME,
  GEN_AI_PROVIDER_NAME,
  GEN_AI_REQUEST_MODEL,
  GEN_AI_RESPONSE_MODEL,
  GEN_AI_USAGE_CACHE_READ_INPUT_TOKENS,
  GEN_AI_USAGE_INPUT_TOKENS,
  GEN_AI_USAGE_OUTPUT_TOKENS,
} from './tracing/genai-attributes';
export {
  ERROR_TYPE,
  EXPECTED_ERROR_EVENT,
  STREAM_CANCELLED,
  STREAM_ITEM_COUNT,
  STREAM_TIME_TO_FIRST_ITEM_MS,
} from './tracing/span-attributes';
export { TrackEvent } from './decorators/track-event.decorator';
export type { TrackEventOptions } from './events/track/track-event.options';
export { EventsService } from './events/events.service';
export type { EventSeverity } from './events/event-severity';
export type {
  TelemetryEvent,
  TelemetryEventInput,
  EventAttributeValue,
  EventSource,
} from './events/telemetry-event';
export type { TelemetryEventExporter } from './events/telemetry-event-exporter';
export {
  messageProcessed,
  providerError,
  sessionCreated,
  fallbackTriggered,
  PREDEFINED_EVENT_NAMES,
} from './events/predefined-events';
export { ConsoleEventExporter } from './events/exporters/console-event-exporter';
export { HttpJsonEventExporter } from './events/exporters/http-json-event-exporter';
export type {
  EventExporterOption,
  EventRedactionOptions,
  HttpEventExporterOptions,
} from './config/options/events.options';
export type { LogDestination, LoggerModuleMode } from './config/options/logging.options';
export { telemetryPinoMixin } from './logging/telemetry-pino-mixin';
export type { TraceLogFields } from './logging/telemetry-pino-mixin';
export { telemetryPinoParams } from './logging/telemetry-pino-params';
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
export { UNMATCHED_ROUTE } from './http/route-template';
export { MethodRedMetrics, type MethodCall } from './metrics/red/method-red-metrics';
export type { RuntimeMetricsSink } from './metrics/runtime-metrics-sink';
