import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import type { ResolvedTelemetryConfig } from '../../config/resolved-telemetry-config';
import { createResource } from '../../sdk/create-resource';
import type { TelemetrySdk } from '../../sdk/telemetry-sdk';
import type { TelemetryMetrics } from '../telemetry-metrics';
import { createMetricExporter } from './create-metric-exporter';
import { MonitoredMetricExporter } from './monitored-metric-exporter';
import { RegistryMetricProducer } from './registry-metric-producer';

/** Name of the OTLP metric exporter in /health and /metrics. */
export const METRIC_EXPORTER_NAME = 'otlp_metrics';

/**
 * Starts the periodic OTLP export of the registry (`metrics.exportIntervalMs`) and registers it with
 * the SDK, so app shutdown sends a last export. The MeterProvider is private (not the global one):
 * it only carries the reader. Returns undefined when OTLP metrics are off.
 */
export function startOtlpMetrics(
  sdk: TelemetrySdk,
  metrics: TelemetryMetrics,
  config: ResolvedTelemetryConfig,
): PeriodicExportingMetricReader | undefined {
  const m = config.metrics;
  if (!config.enabled || !m.enabled || !m.otlpEnabled) return undefined;
  const resource = createResource(config);
  const exporter = new MonitoredMetricExporter(
    createMetricExporter(config.otlp.metrics),
    sdk.statuses.get(METRIC_EXPORTER_NAME),
    sdk.diagnostics,
  );
  const reader = new PeriodicExportingMetricReader({
    exporter,
    exportIntervalMillis: m.exportIntervalMs,
    exportTimeoutMillis: Math.min(m.exportTimeoutMs, m.exportIntervalMs),
    metricProducers: [new RegistryMetricProducer(metrics, resource)],
  });
  const provider = new MeterProvider({ resource, readers: [reader] });
  sdk.addComponent({
    name: METRIC_EXPORTER_NAME,
    forceFlush: () => reader.forceFlush(),
    shutdown: () => provider.shutdown(),
  });
  return reader;
}
