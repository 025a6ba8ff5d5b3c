/**
 * Metadata key of controllers and handlers whose requests are left out of the HTTP metrics
 * (the `/metrics` controller carries it).
 * @publicApi
 */
export const SKIP_HTTP_METRICS = 'nestjs-telemetry:skip-http-metrics';

/** Inject token of the running OTLP metric reader (undefined when OTLP metrics are off). @internal */
export const OTLP_METRIC_READER = 'TELEMETRY:OTLP_METRIC_READER';

/** Property of the raw request carrying what the HTTP metrics know about it. @internal */
export const HTTP_REQUEST_STATE = Symbol.for('nestjs-telemetry.http-request-state');

/** Inject token of the recorders attached to the TelemetryRuntime for decorators. @internal */
export const RUNTIME_METRICS_SINK = 'TELEMETRY:RUNTIME_METRICS_SINK';
