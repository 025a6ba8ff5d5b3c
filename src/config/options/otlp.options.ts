/** Wire protocol of the OTLP exporters. */
export type OtlpProtocol = 'http/protobuf' | 'http/json' | 'grpc';

/** Compression of OTLP request bodies. */
export type OtlpCompression = 'gzip' | 'none';

/** Per-signal overrides of the shared OTLP settings. */
export interface OtlpSignalOptions {
  /**
   * Full URL of this signal's endpoint (for HTTP, including the `/v1/traces` style path).
   * Env: `OTEL_EXPORTER_OTLP_{TRACES,METRICS,LOGS}_ENDPOINT`.
   * @default `${otlp.endpoint}/v1/{traces,metrics,logs}`
   */
  endpoint?: string;
  /** Protocol of this signal. Env: `OTEL_EXPORTER_OTLP_{SIGNAL}_PROTOCOL`. @default otlp.protocol */
  protocol?: OtlpProtocol;
  /** Extra headers of this signal, merged over `otlp.headers`. Env: `OTEL_EXPORTER_OTLP_{SIGNAL}_HEADERS`. @default {} */
  headers?: Record<string, string>;
  /** Request timeout of this signal in ms. Env: `OTEL_EXPORTER_OTLP_{SIGNAL}_TIMEOUT`. @default otlp.timeoutMs */
  timeoutMs?: number;
}

/** Where and how telemetry is sent over OTLP. */
export interface OtlpOptions {
  /**
   * Base URL of the collector. Signal paths (`/v1/traces`, ...) are appended for HTTP protocols.
   * Env: `OTEL_EXPORTER_OTLP_ENDPOINT`.
   * @default 'http://localhost:4318' (http protocols), 'http://localhost:4317' (grpc)
   */
  endpoint?: string;
  /** Wire protocol. Env: `OTEL_EXPORTER_OTLP_PROTOCOL`. @default 'http/protobuf' */
  protocol?: OtlpProtocol;
  /** Headers sent with every export, e.g. an API key. Never logged. Env: `OTEL_EXPORTER_OTLP_HEADERS`. @default {} */
  headers?: Record<string, string>;
  /** Export request timeout in ms. Env: `OTEL_EXPORTER_OTLP_TIMEOUT`. @default 10000 */
  timeoutMs?: number;
  /** Body compression. Env: `OTEL_EXPORTER_OTLP_COMPRESSION`. @default 'none' */
  compression?: OtlpCompression;
  /** Trace-specific overrides. @default {} */
  traces?: OtlpSignalOptions;
  /** Metric-specific overrides. @default {} */
  metrics?: OtlpSignalOptions;
  /** Log/event-specific overrides. @default {} */
  logs?: OtlpSignalOptions;
}
