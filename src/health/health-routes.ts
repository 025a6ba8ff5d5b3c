import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';

/** The sub-paths served under `health.path`. */
export const HEALTH_SUB_ROUTES = ['', '/live', '/ready'] as const;

/**
 * Whether `url` (path and query, as Node gives it) is one of the health endpoints. Exact paths
 * only, so a user route such as `/users/health` keeps its spans; under a global prefix, exclude
 * the health routes from the prefix (as probes usually are) or their requests get spans too.
 */
export function isHealthRoute(url: string, config: ResolvedTelemetryConfig): boolean {
  if (!config.health.enabled) return false;
  const base = stripTrailingSlash(config.health.path);
  // Every health route starts with the base path: most requests leave here, allocating nothing.
  if (!url.startsWith(base)) return false;
  const path = stripTrailingSlash(url.split('?', 1)[0]);
  return HEALTH_SUB_ROUTES.some((sub) => path === base + sub);
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') : path;
}
