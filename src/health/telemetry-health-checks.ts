import type { ExporterStatusSnapshot } from '../diagnostics/exporter-status';
import type { HealthCheckResult } from './health-check.types';
import { exporterHealth } from './exporter-health';

/** Name of the summary check of the telemetry pipeline. */
export const TELEMETRY_CHECK_NAME = 'telemetry';

/** A named check result, and whether it counts for readiness. */
export interface NamedHealthResult {
  name: string;
  required: boolean;
  result: HealthCheckResult;
}

/**
 * The built-in checks: one per exporter (spans, metrics, events...) and a `telemetry` summary
 * with the failure counters of the diagnostics. They are `up` or `degraded`, never `down`.
 */
export function telemetryHealthChecks(
  exporters: readonly ExporterStatusSnapshot[],
  failures: Record<string, number>,
): NamedHealthResult[] {
  const perExporter = exporters.map((s) => ({
    name: s.name,
    required: true,
    result: exporterHealth(s),
  }));
  const degraded = perExporter.filter((e) => e.result.status !== 'up').map((e) => e.name);
  const summary: HealthCheckResult = {
    status: degraded.length > 0 ? 'degraded' : 'up',
    ...(degraded.length > 0 ? { message: `export degraded: ${degraded.join(', ')}` } : {}),
    exporters: perExporter.map((e) => e.name),
    failures,
  };
  return [...perExporter, { name: TELEMETRY_CHECK_NAME, required: true, result: summary }];
}
