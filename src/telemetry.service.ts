import { Inject, Injectable, Optional } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import type { EventSeverity } from './events/event-severity';
import { EventsService } from './events/events.service';
import type { TelemetryEventInput } from './events/telemetry-event';
import { TELEMETRY_CONFIG } from './telemetry.constants';

/**
 * The one injectable entry point of nestjs-telemetry: tracing helpers, metrics, events and
 * health registration. Safe to call when telemetry is disabled: every call is then a no-op.
 */
@Injectable()
export class TelemetryService {
  constructor(
    @Inject(TELEMETRY_CONFIG) readonly config: ResolvedTelemetryConfig,
    @Optional() private readonly events?: EventsService,
  ) {}

  /** Whether telemetry is enabled for this app. */
  get enabled(): boolean {
    return this.config.enabled;
  }

  /** Trace id of the active span, for log correlation; undefined outside a span. */
  traceId(): string | undefined {
    return trace.getActiveSpan()?.spanContext().traceId;
  }

  /** Span id of the active span; undefined outside a span. */
  spanId(): string | undefined {
    return trace.getActiveSpan()?.spanContext().spanId;
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
}
