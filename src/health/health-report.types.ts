import type { HealthCheckResult } from './health-check.types';

/** Overall status, as @nestjs/terminus spells it. */
export type HealthReportStatus = 'ok' | 'error' | 'shutting_down';

/**
 * The body of `/health`, `/health/live` and `/health/ready`, in the shape of @nestjs/terminus:
 * `info` holds the checks that pass (up, degraded, or down but not required), `error` those
 * that make the report fail, `details` all of them.
 */
export interface HealthReport {
  status: HealthReportStatus;
  info: Record<string, HealthCheckResult>;
  error: Record<string, HealthCheckResult>;
  details: Record<string, HealthCheckResult>;
}

/** A report plus the HTTP status it is served with. */
export interface HealthResponse {
  httpStatus: 200 | 503;
  body: HealthReport;
}
