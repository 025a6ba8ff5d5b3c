import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { defineInternalMetrics } from './internal/internal-metrics';
import { TelemetryMetrics } from './telemetry-metrics';

/** Whether metrics are collected and exposed at all for this app. */
export function metricsActive(config: ResolvedTelemetryConfig): boolean {
  return config.enabled && config.metrics.enabled;
}

/** Whether requests are recorded in the HTTP RED metrics. */
export function httpMetricsActive(config: ResolvedTelemetryConfig): boolean {
  return metricsActive(config) && config.metrics.http.enabled;
}

/** The app's registry, with this library's own metrics and (optionally) the process metrics. */
export function createTelemetryMetrics(
  config: ResolvedTelemetryConfig,
  sdk: TelemetrySdk,
): TelemetryMetrics {
  const active = metricsActive(config);
  const { prometheus } = config.metrics;
  const metrics = new TelemetryMetrics(
    config.metrics,
    sdk.diagnostics,
    active && prometheus.enabled && prometheus.defaultMetrics,
  );
  if (active) defineInternalMetrics(metrics, sdk.diagnostics, sdk.statuses);
  return metrics;
}
