import { maskUrlCredentials } from '../config/describe-value';
import type { ExporterStatusSnapshot } from '../diagnostics/exporter-status';
import type { HealthCheckResult } from './health-check.types';

/** Queue fill from which an exporter is reported degraded even before an export fails. */
const NEARLY_FULL = 0.9;

/**
 * The health of one exporter: `degraded` while its exports fail or its queue is nearly full,
 * `up` otherwise. Never `down`: telemetry trouble must not take the app out of service.
 */
export function exporterHealth(s: ExporterStatusSnapshot): HealthCheckResult {
  const lastError = s.lastError && {
    at: s.lastError.at,
    message: maskUrlCredentials(s.lastError.message),
  };
  const fill = s.queue && s.queue.capacity > 0 ? s.queue.size / s.queue.capacity : null;
  const failing = s.consecutiveFailures > 0;
  const nearlyFull = fill !== null && fill >= NEARLY_FULL;
  const message = failing
    ? `export failing (${s.consecutiveFailures} in a row): ${lastError?.message ?? 'unknown error'}`
    : nearlyFull
      ? 'export queue nearly full'
      : undefined;
  return {
    status: failing || nearlyFull ? 'degraded' : 'up',
    ...(message ? { message } : {}),
    lastSuccessAt: iso(s.lastSuccessAt),
    lastError: lastError ? { at: iso(lastError.at), message: lastError.message } : null,
    consecutiveFailures: s.consecutiveFailures,
    exported: s.exported,
    failed: s.failed,
    dropped: s.dropped,
    queue: s.queue ? { ...s.queue, fill: Math.round((fill ?? 0) * 1000) / 1000 } : null,
  };
}

function iso(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}
