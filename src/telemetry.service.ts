import { Inject, Injectable, Optional } from '@nestjs/common';
import { trace } from '@opentelemetry/api';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import { HealthCheckRegistry } from './health/health-check.registry';
import type { HealthCheckFn, HealthCheckOptions } from './health/health-check.types';
import { TELEMETRY_CONFIG } from './telemetry.constants';

/**
 * The one injectable entry point of nestjs-telemetry: tracing helpers, metrics, events and
 * health registration. Safe to call when telemetry is disabled: every call is then a no-op.
 */
@Injectable()
export class TelemetryService {
  constructor(
    @Inject(TELEMETRY_CONFIG) readonly config: ResolvedTelemetryConfig,
    @Optional() private readonly healthChecks?: HealthCheckRegistry,
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
