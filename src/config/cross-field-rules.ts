import type { ResolvedTelemetryConfig } from './resolved-telemetry-config';

/** Rules that involve more than one option, checked after defaults are applied. */
export function checkCrossFieldRules(config: ResolvedTelemetryConfig): string[] {
  const problems: string[] = [];
  for (const key of ['traces', 'events'] as const) {
    const { maxExportBatchSize, maxQueueSize } = config[key].batch;
    if (maxExportBatchSize > maxQueueSize) {
      problems.push(
        `${key}.batch.maxExportBatchSize: got ${maxExportBatchSize}; expected at most ${key}.batch.maxQueueSize (${maxQueueSize})`,
      );
    }
  }
  const { prometheus } = config.metrics;
  if (config.health.enabled && prometheus.enabled && config.health.path === prometheus.path) {
    problems.push(
      `health.path: got ${JSON.stringify(config.health.path)}; expected a path different from metrics.prometheus.path`,
    );
  }
  return problems;
}
