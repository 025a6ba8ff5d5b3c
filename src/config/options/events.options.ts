import type { TelemetryEventExporter } from '../../events/telemetry-event-exporter';
import type { BatchOptions } from './batch.options';

/** An HTTP JSON event sink: batches are POSTed as `{ events: [...] }`. */
export interface HttpEventExporterOptions {
  type: 'http';
  /** Absolute http(s) URL the batches are POSTed to. */
  url: string;
  /** Extra request headers, e.g. an API key. Never logged. @default {} */
  headers?: Record<string, string>;
  /** Deadline of one request attempt, in ms. @default 10000 */
  timeoutMs?: number;
  /** Retries after a 429, a 5xx or a network error, with exponential backoff (Retry-After honoured). @default 3 */
  maxRetries?: number;
  /** Name in /health and the exporter statuses. @default 'http_events' (then 'http_events_2', ...) */
  name?: string;
}

/**
 * One event destination: `'otlp'` (OTLP logs, per `otlp.logs`), `'console'` (pretty lines on
 * stdout, for development), an HTTP JSON sink, or your own `TelemetryEventExporter`.
 */
export type EventExporterOption =
  'otlp' | 'console' | HttpEventExporterOptions | TelemetryEventExporter;

/** Which attribute keys and values are replaced by `"[REDACTED]"` before export. */
export interface EventRedactionOptions {
  /**
   * Attribute keys (at any depth) whose value is replaced. Strings match case-insensitively,
   * ignoring `-` and `_`; RegExps are tested against the key.
   * @default ['password', 'secret', 'token', 'accessToken', 'refreshToken', 'apiKey', 'authorization', 'cookie', 'setCookie']
   */
  keys?: (string | RegExp)[];
  /** Patterns replaced inside string values (e.g. card numbers, e-mail addresses). @default [] */
  patterns?: RegExp[];
}

/** Business-event pipeline settings. */
export interface EventsOptions {
  /** Emit events at all. When false, `emit` and `@TrackEvent` do nothing. @default true */
  enabled?: boolean;
  /** Where events go; several run at once, each isolated from the others. @default ['otlp'] */
  exporters?: EventExporterOption[];
  /** Fraction of events kept (`@TrackEvent({ sampleRate })` overrides it per event). @default 1 */
  sampleRate?: number;
  /** Redaction of sensitive attributes. @default { keys: [password, secret, token, ...], patterns: [] } */
  redact?: EventRedactionOptions;
  /** Longest string attribute kept; longer ones are cut and end with `…`. @default 4096 */
  maxStringLength?: number;
  /** `@TrackEvent` records the method arguments as the `input` attribute. @default false */
  recordInputs?: boolean;
  /** `@TrackEvent` records the method result as the `output` attribute. @default false */
  recordOutputs?: boolean;
  /** Event batching. Env: `OTEL_BLRP_*`. @default { maxExportBatchSize: 512, scheduledDelayMs: 5000, maxQueueSize: 2048, exportTimeoutMs: 30000 } */
  batch?: BatchOptions;
}
