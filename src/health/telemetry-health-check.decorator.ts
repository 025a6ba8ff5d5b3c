import { SetMetadata } from '@nestjs/common';
import type { HealthCheckOptions, HealthCheckOutcome } from './health-check.types';

/** Metadata key of `@TelemetryHealthCheck()`. @internal */
export const HEALTH_CHECK_METADATA = 'TELEMETRY:HEALTH_CHECK';

/** What `@TelemetryHealthCheck()` stores on the class. @internal */
export interface HealthCheckMetadata extends HealthCheckOptions {
  name: string;
}

/** A provider that checks one dependency; `check()` runs on every readiness probe. */
export interface TelemetryHealthIndicator {
  check(): HealthCheckOutcome | Promise<HealthCheckOutcome>;
}

/**
 * Registers a provider as a named health check of `/health` and `/health/ready`. The class
 * must be a provider of some module (singleton scope) and implement `check()`.
 *
 * @example
 * @TelemetryHealthCheck('database', { timeoutMs: 1000 })
 * @Injectable()
 * class DatabaseHealth implements TelemetryHealthIndicator {
 *   constructor(private readonly db: DataSource) {}
 *   async check() { await this.db.query('SELECT 1'); return true; }
 * }
 */
export const TelemetryHealthCheck = (
  name: string,
  options: HealthCheckOptions = {},
): ClassDecorator => SetMetadata(HEALTH_CHECK_METADATA, { ...options, name });
