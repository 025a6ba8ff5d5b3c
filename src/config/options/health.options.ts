/** The health endpoints. */
export interface HealthOptions {
  /** Serve `/health`, `/health/live` and `/health/ready`. @default true */
  enabled?: boolean;
  /** Base path of the health endpoints. @default '/health' */
  path?: string;
}
