import type { IncomingMessage } from 'node:http';
import type { InstrumentationConfig } from '@opentelemetry/instrumentation';

/** Options of `HttpServerSpanInstrumentation`. */
export interface HttpServerSpanOptions extends InstrumentationConfig {
  /**
   * Requests that get no server span; the spans of their handling are suppressed too. A hook that
   * throws counts as "trace it".
   * @default () => false
   */
  ignoreIncomingRequest?: (req: IncomingMessage) => boolean;
  /**
   * Whether requests for the running TelemetryModule's own endpoints (its health probes, and
   * `/metrics` when served on the app's port) get server spans. Off, they get none whatever
   * `ignoreIncomingRequest` says.
   * @default false
   */
  traceTelemetryEndpoints?: boolean;
  /**
   * Whether the tracer provider's sampler reads span attributes. When true, the request's
   * attributes are passed to `startSpan`, where a sampler sees them (as the HTTP semantic
   * conventions ask). When false, they are set on the span right after it starts, and only when
   * it records: cheaper (the SDK copies start attributes twice before the span holds them, and a
   * sampled-out request builds none), but a sampler deciding by `url.path` or
   * `http.request.method` would see no attributes. The module's own SDK sets it to false: its
   * samplers (always on or off, trace-id ratio, parent-based) decide by trace id and parent only.
   * @default true
   */
  samplerReadsAttributes?: boolean;
}
