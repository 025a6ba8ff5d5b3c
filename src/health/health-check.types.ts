/** State of one health check. `degraded` works but impaired (e.g. telemetry export paused). */
export type HealthCheckStatus = 'up' | 'degraded' | 'down';

/** What a check reports: its status plus any details (counts, messages, timings). */
export interface HealthCheckResult {
  status: HealthCheckStatus;
  [detail: string]: unknown;
}

/**
 * What a health check function may return: a full result, `true`/nothing for up, `false` for
 * down. A check that throws or passes its timeout is down, with the error message.
 */
export type HealthCheckOutcome = HealthCheckResult | boolean | void;

/** A user health check: sync or async, called on every readiness probe. */
export type HealthCheckFn = () => HealthCheckOutcome | Promise<HealthCheckOutcome>;

/** How one health check is run. */
export interface HealthCheckOptions {
  /** Deadline of this check, in ms; past it the check is down. @default health.checkTimeoutMs (3000) */
  timeoutMs?: number;
  /**
   * Whether the app is not ready while this check is down (`/health/ready` answers 503).
   * A check that is not required is reported but never fails readiness.
   * @default true
   */
  required?: boolean;
}

/** A registered health check. */
export interface HealthCheckRegistration {
  name: string;
  check: HealthCheckFn;
  timeoutMs: number;
  required: boolean;
}
