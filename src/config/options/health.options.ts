/** The health endpoints. */
export interface HealthOptions {
  /** Serve `/health`, `/health/live` and `/health/ready`. @default true */
  enabled?: boolean;
  /** Base path of the health endpoints; fixed when the module is defined. @default '/health' */
  path?: string;
  /** Deadline of one health check that sets no `timeoutMs` of its own, in ms; a check past it is reported down. @default 3000 */
  checkTimeoutMs?: number;
  /**
   * Whether a degraded check (e.g. a telemetry exporter that cannot reach the collector) makes
   * `/health/ready` answer 503. Liveness never fails on degraded telemetry.
   * @default false
   */
  degradedFailsReadiness?: boolean;
}
