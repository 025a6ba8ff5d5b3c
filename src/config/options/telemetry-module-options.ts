import type { Instrumentation } from '@opentelemetry/instrumentation';
import type { EventsOptions } from './events.options';
import type { HealthOptions } from './health.options';
import type { LoggingOptions } from './logging.options';
import type { MetricsOptions } from './metrics.options';
import type { OtlpOptions } from './otlp.options';
import type { ShutdownOptions } from './shutdown.options';
import type { TracesOptions } from './traces.options';

/** A resource attribute value. */
export type ResourceAttributeValue = string | number | boolean;

/**
 * Options of `TelemetryModule.forRoot()` / `forRootAsync()`.
 * Every field is optional; standard `OTEL_*` environment variables fill what is not given,
 * and explicit options win over the environment.
 */
export interface TelemetryModuleOptions {
  /** Master switch. When false nothing starts and decorators are pass-through. Env: `OTEL_SDK_DISABLED=true` disables. @default true */
  enabled?: boolean;
  /** `service.name` of every signal. Env: `OTEL_SERVICE_NAME`. @default the `name` in the working directory's package.json, else 'unknown_service:node' */
  serviceName?: string;
  /** `service.version`. Env: `service.version` in `OTEL_RESOURCE_ATTRIBUTES`. @default the `version` in the working directory's package.json, if any */
  serviceVersion?: string;
  /** `deployment.environment.name`. Env: `deployment.environment.name` in `OTEL_RESOURCE_ATTRIBUTES`, else `NODE_ENV`. @default 'development' */
  environment?: string;
  /** Extra resource attributes, merged over `OTEL_RESOURCE_ATTRIBUTES`. @default {} */
  resourceAttributes?: Record<string, ResourceAttributeValue>;
  /** OTLP destination shared by traces, metrics and events. @default { endpoint: 'http://localhost:4318', protocol: 'http/protobuf' } */
  otlp?: OtlpOptions;
  /** Tracing and sampling. @default { enabled: true, exporter: 'otlp', samplingRatio: 1 } */
  traces?: TracesOptions;
  /** Metrics, Prometheus and OTLP. @default { enabled: true, exportIntervalMs: 15000, prometheus: { enabled: true, path: '/metrics' } } */
  metrics?: MetricsOptions;
  /** Business events. @default { enabled: true } */
  events?: EventsOptions;
  /** JSON logs. @default { enabled: true, level: 'info' } */
  logging?: LoggingOptions;
  /** Health endpoints. @default { enabled: true, path: '/health', checkTimeoutMs: 3000, degradedFailsReadiness: false } */
  health?: HealthOptions;
  /** Shutdown draining and flushing. @default { timeoutMs: 5000, drainDelayMs: 0 } */
  shutdown?: ShutdownOptions;
  /**
   * Auto-instrumentations to enable when this module starts the SDK itself (the preload entry
   * `nestjs-telemetry/register` always enables the default ones). Replaces the defaults: keep
   * `new HttpServerSpanInstrumentation()` in the list for server spans (it leaves out the health
   * and metrics endpoints); with instrumentation-http's server spans instead, pass it
   * `ignoreIncomingRequestHook: isTelemetryEndpointRequest` for the same.
   * @default [new HttpServerSpanInstrumentation({ samplerReadsAttributes: false }), new HttpInstrumentation({ disableIncomingRequestInstrumentation: true })]
   */
  instrumentations?: Instrumentation[];
}
