/** Metrics settings. */
export interface MetricsOptions {
  /** Collect metrics at all. @default true */
  enabled?: boolean;
  /** Push metrics over OTLP. Env: `OTEL_METRICS_EXPORTER` (`otlp` or `none`). @default true */
  otlpEnabled?: boolean;
  /** Interval of the OTLP metric export in ms. Env: `OTEL_METRIC_EXPORT_INTERVAL`. @default 15000 */
  exportIntervalMs?: number;
  /** Deadline of one OTLP metric export in ms (at most `exportIntervalMs`). Env: `OTEL_METRIC_EXPORT_TIMEOUT`. @default 30000, clamped to exportIntervalMs */
  exportTimeoutMs?: number;
  /** Prefix of every metric you define through TelemetryMetrics (not of the `gen_ai.*` / `http.*` standard ones). @default '' */
  prefix?: string;
  /** Labels added to every series, in `/metrics` and as attributes in OTLP. @default {} */
  defaultLabels?: Record<string, string>;
  /** Series cap of each metric; past it, new label sets go to one overflow series and a warning is logged once. @default 2000 */
  maxSeriesPerMetric?: number;
  /** Prometheus scrape endpoint. */
  prometheus?: PrometheusOptions;
  /** HTTP server RED metrics (request count and duration by method, route template and status). */
  http?: HttpMetricsOptions;
  /** GenAI token, duration and cost metrics. */
  genAi?: GenAiMetricsOptions;
}

/** The Prometheus `/metrics` endpoint. */
export interface PrometheusOptions {
  /** Serve the endpoint. @default true */
  enabled?: boolean;
  /** Path of the endpoint. @default '/metrics' */
  path?: string;
  /** Also expose prom-client's process and Node.js default metrics. @default true */
  defaultMetrics?: boolean;
  /**
   * Serve the endpoint on its own port (a plain Node HTTP server outside Nest: no guards,
   * interceptors or global prefix) instead of on the app. @default undefined (served by the app)
   */
  port?: number;
  /** Interface of the separate port. @default '0.0.0.0' */
  host?: string;
  /** Require `Authorization: Bearer <token>` (401 otherwise). Never logged. @default undefined (no auth) */
  bearerToken?: string;
  /**
   * Metadata set on the `/metrics` route handler, so a global guard can let it through, e.g.
   * `{ isPublic: true }` for the common `@Public()` pattern (`SetMetadata('isPublic', true)`).
   * @default {}
   */
  routeMetadata?: Record<string, unknown>;
}

/** HTTP server RED metrics. */
export interface HttpMetricsOptions {
  /** Record `http.server.request.duration` and `http.server.requests`. @default true */
  enabled?: boolean;
  /** Buckets of the duration histogram, in seconds. @default the OpenTelemetry HTTP semantic-convention buckets */
  buckets?: number[];
}

/** Price of one model in USD per one million tokens. */
export interface GenAiModelPrice {
  /** USD per 1M input tokens. */
  input: number;
  /** USD per 1M output tokens. */
  output: number;
  /** USD per 1M cached input tokens. @default the input price */
  cachedInput?: number;
}

/** GenAI metrics. */
export interface GenAiMetricsOptions {
  /**
   * Prices by model name (matched against the response model, then the request model), used for
   * `gen_ai.client.cost.usd`. Prices are yours to supply and keep current; no price, no cost.
   * @default {}
   */
  prices?: Record<string, GenAiModelPrice>;
}
