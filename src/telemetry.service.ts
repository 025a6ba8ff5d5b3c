import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Attributes, Span } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import type { EventSeverity } from './events/event-severity';
import { EventsService } from './events/events.service';
import type { TelemetryEventInput } from './events/telemetry-event';
import { GenAiMetrics } from './metrics/genai/gen-ai-metrics';
import type { TokenUsage } from './metrics/genai/token-usage';
import type { Counter } from './metrics/registry/counter';
import type { Gauge } from './metrics/registry/gauge';
import type { Histogram } from './metrics/registry/histogram';
import type {
  CounterDefinition,
  GaugeDefinition,
  HistogramDefinition,
  UpDownCounterDefinition,
} from './metrics/registry/metric-definition';
import type { UpDownCounter } from './metrics/registry/up-down-counter';
import { TelemetryMetrics } from './metrics/telemetry-metrics';
import { HealthCheckRegistry } from './health/health-check.registry';
import type { HealthCheckFn, HealthCheckOptions } from './health/health-check.types';
import { TELEMETRY_CONFIG } from './telemetry.constants';
import {
  activeSpan,
  activeSpanId,
  activeTraceId,
  addActiveSpanEvent,
  setActiveSpanAttributes,
} from './tracing/active-span-tools';
import { recordOnActiveSpan } from './tracing/record-on-active-span';
import { runNamedSpan } from './tracing/run-named-span';
import type { TelemetrySpanOptions } from './tracing/span-options';

/**
 * The one injectable entry point of nestjs-telemetry: tracing helpers, metrics, events and
 * health registration. Safe to call when telemetry is disabled: every call is then a no-op.
 */
@Injectable()
export class TelemetryService {
  constructor(
    @Inject(TELEMETRY_CONFIG) readonly config: ResolvedTelemetryConfig,
    @Inject(TelemetryMetrics) readonly metrics: TelemetryMetrics,
    @Inject(GenAiMetrics) private readonly genAi: GenAiMetrics,
    @Optional() private readonly events?: EventsService,
    @Optional() private readonly healthChecks?: HealthCheckRegistry,
  ) {}

  /** Whether telemetry is enabled for this app. */
  get enabled(): boolean {
    return this.config.enabled;
  }

  /**
   * Runs `fn` in a child span named `name` (a stage span) and returns what `fn` returns; a
   * Promise, Observable or async generator keeps the span open until it settles or completes.
   *
   * @example
   * const auth = await this.telemetry.span('stage.auth_resolve', () => this.auth.execute(message));
   */
  span<T>(name: string, fn: (span: Span) => T, options?: TelemetrySpanOptions): T {
    return runNamedSpan(name, fn, options);
  }

  /**
   * Records a field on the active span (`Span::current().record(...)`): a field it declared
   * `Empty` (or any GenAI field on a GenAI span, written to its `gen_ai.*` attribute). On a span
   * that declared `Empty` fields, an undeclared key is still written under its own name, but
   * counted as `field_undeclared` in TelemetryDiagnostics and logged once (usually a typo).
   * Spans without `Empty` fields take any key. No-op outside a recording span.
   */
  record(key: string, value: unknown): void;
  /** Records several fields at once. */
  record(fields: Readonly<Record<string, unknown>>): void;
  record(keyOrFields: string | Readonly<Record<string, unknown>>, value?: unknown): void {
    recordOnActiveSpan(typeof keyOrFields === 'string' ? { [keyOrFields]: value } : keyOrFields);
  }

  /** The active span (possibly non-recording), or undefined outside any span. */
  currentSpan(): Span | undefined {
    return activeSpan();
  }

  /** Sets attributes on the active span. */
  setAttributes(attributes: Attributes): void {
    setActiveSpanAttributes(attributes);
  }

  /** Adds an event to the active span. */
  addEvent(name: string, attributes?: Attributes): void {
    addActiveSpanEvent(name, attributes);
  }

  /** Trace id of the active span, for log correlation; undefined outside a span. */
  traceId(): string | undefined {
    return activeTraceId();
  }

  /** Span id of the active span; undefined outside a span. */
  spanId(): string | undefined {
    return activeSpanId();
  }

  /**
   * Emits a business event with the active span's trace ids. Returns at once (the event is
   * queued, exported in the background), never throws. @param severity @default 'info'
   */
  emit(name: string, attributes?: Record<string, unknown>, severity?: EventSeverity): void {
    this.events?.emit(name, attributes, severity);
  }

  /** Emits an event with metadata, or one made by a predefined constructor. */
  emitEvent(event: TelemetryEventInput): void {
    this.events?.emitEvent(event);
  }

  /** `message_processed` with `session_id`, `model`, `tokens`. */
  messageProcessed(p: { sessionId: string; model: string; tokens: number }): void {
    this.events?.messageProcessed(p);
  }

  /** `provider_error` (severity error) with `provider`, `error`. */
  providerError(p: { provider: string; error: string }): void {
    this.events?.providerError(p);
  }

  /** `session_created` with `session_id`, `channel`. */
  sessionCreated(p: { sessionId: string; channel: string }): void {
    this.events?.sessionCreated(p);
  }

  /** `fallback_triggered` (severity warn) with `from`, `to`, `reason`. */
  fallbackTriggered(p: { from: string; to: string; reason: string }): void {
    this.events?.fallbackTriggered(p);
  }

  /** A counter in `/metrics` and OTLP (see TelemetryMetrics.counter). */
  counter(def: CounterDefinition): Counter {
    return this.metrics.counter(def);
  }

  /** A histogram with custom buckets (see TelemetryMetrics.histogram). */
  histogram(def: HistogramDefinition): Histogram {
    return this.metrics.histogram(def);
  }

  /** A gauge, set directly or by a collect callback (see TelemetryMetrics.gauge). */
  gauge(def: GaugeDefinition): Gauge {
    return this.metrics.gauge(def);
  }

  /** An up-down counter (see TelemetryMetrics.upDownCounter). */
  upDownCounter(def: UpDownCounterDefinition): UpDownCounter {
    return this.metrics.upDownCounter(def);
  }

  /** Records a GenAI call's tokens, duration and estimated cost (`gen_ai.client.*` metrics). */
  recordTokenUsage(usage: TokenUsage): void {
    this.genAi.recordTokenUsage(usage);
  }

  /**
   * Adds a named check to `/health` and `/health/ready`; returns a function that removes it.
   * The check may be async; past `timeoutMs` (default `health.checkTimeoutMs`) it is down. A
   * required check (the default) that is down makes readiness answer 503.
   *
   * @example
   * telemetry.registerHealthCheck('redis', async () => (await redis.ping()) === 'PONG', { timeoutMs: 500 });
   */
  registerHealthCheck(
    name: string,
    check: HealthCheckFn,
    options?: HealthCheckOptions,
  ): () => void {
    return this.healthChecks?.register(name, check, options) ?? (() => {});
  }
}
