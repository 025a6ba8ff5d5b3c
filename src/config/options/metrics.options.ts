/** Metrics settings. */
export interface MetricsOptions {
  /** Collect metrics at all. @default true */
  enabled?: boolean;
  /** Push metrics over OTLP. Env: `OTEL_METRICS_EXPORTER` (`otlp` or `none`). @default true */
  otlpEnabled?: boolean;
  /** Interval of the OTLP metric export in ms. Env: `OTEL_METRIC_EXPORT_INTERVAL`. @default 15000 */
  exportIntervalMs?: number;
  /** Deadline of one OTLP metric export in ms. Env: `OTEL_METRIC_EXPORT_TIMEOUT`. @default 30000 */
  exportTimeoutMs?: number;
  /** Prefix of every metric this library defines for you (not of the `gen_ai.*` / `http.*` standard ones). @default '' */
  prefix?: string;
  /** Labels added to every series. @default {} */
  defaultLabels?: Record<string, string>;
  /** Prometheus scrape endpoint. */
  prometheus?: PrometheusOptions;
}

/** The Prometheus `/metrics` endpoint. */
export interface PrometheusOptions {
  /** Serve the endpoint. @default true */
  enabled?: boolean;
  /** Path of the endpoint. @default '/metrics' */
  path?: string;
  /** Also expose prom-client's process and Node.js default metrics. @default true */
  defaultMetrics?: boolean;
}
