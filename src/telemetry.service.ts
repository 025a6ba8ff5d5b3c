import { Inject, Injectable } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import { TELEMETRY_CONFIG } from './telemetry.constants';

/**
 * The one injectable entry point of nestjs-telemetry: tracing helpers, metrics, events and
 * health registration. Safe to call when telemetry is disabled: every call is then a no-op.
 */
@Injectable()
export class TelemetryService {
  constructor(@Inject(TELEMETRY_CONFIG) readonly config: ResolvedTelemetryConfig) {}

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
}
