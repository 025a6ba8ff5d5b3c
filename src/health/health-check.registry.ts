import { Inject, Injectable } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { TELEMETRY_CONFIG } from '../telemetry.constants';
import type {
  HealthCheckFn,
  HealthCheckOptions,
  HealthCheckRegistration,
} from './health-check.types';

const NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** The user health checks of this app, registered by name. One per app. */
@Injectable()
export class HealthCheckRegistry {
  private readonly checks = new Map<string, HealthCheckRegistration>();

  constructor(@Inject(TELEMETRY_CONFIG) private readonly config: ResolvedTelemetryConfig) {}

  /**
   * Adds a check and returns a function that removes it. A bad name or timeout, or a name
   * already taken, throws at once (a programming error, found at startup). A no-op when
   * telemetry or health is disabled.
   */
  register(name: string, check: HealthCheckFn, options: HealthCheckOptions = {}): () => void {
    if (!this.config.enabled || !this.config.health.enabled) return () => {};
    if (typeof name !== 'string' || !NAME.test(name)) {
      throw new Error(
        `Health check name: got ${JSON.stringify(name)}; expected 1-64 of A-Z a-z 0-9 _ . : -`,
      );
    }
    if (this.checks.has(name)) throw new Error(`Health check "${name}" is already registered`);
    if (typeof check !== 'function') throw new Error(`Health check "${name}": expected a function`);
    const timeoutMs = options.timeoutMs ?? this.config.health.checkTimeoutMs;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 1) {
      throw new Error(
        `Health check "${name}" timeoutMs: got ${String(timeoutMs)}; expected a whole number >= 1`,
      );
    }
    const registration = { name, check, timeoutMs, required: options.required ?? true };
    this.checks.set(name, registration);
    return () => {
      if (this.checks.get(name) === registration) this.checks.delete(name);
    };
  }

  list(): HealthCheckRegistration[] {
    return [...this.checks.values()];
  }
}
