import { DiscoveryModule } from '@nestjs/core';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import { metricsActive } from './create-telemetry-metrics';
import { GenAiMetrics } from './genai/gen-ai-metrics';
import { httpMetricsProviders } from './http/http-metrics.providers';
import { metricsCoreProviders } from './metrics-core.providers';
import { createMetricsController } from './prometheus/metrics.controller';
import { prometheusProviders } from './prometheus/prometheus.providers';
import { MethodRedMetrics } from './red/method-red-metrics';
import { TelemetryMetrics } from './telemetry-metrics';

/**
 * The registry, OTLP export, `/metrics` (on the app or its own port), HTTP RED metrics and GenAI
 * metrics. When telemetry or metrics are off at definition time, only the (inert) injectables are
 * added: no route, no guard, no listener.
 */
export function metricsParts(structure: ResolvedTelemetryConfig): TelemetryModuleParts {
  const parts: TelemetryModuleParts = {
    providers: metricsCoreProviders(),
    exports: [TelemetryMetrics, GenAiMetrics, MethodRedMetrics],
  };
  if (!metricsActive(structure)) return parts;
  parts.imports = [DiscoveryModule];
  parts.providers!.push(...httpMetricsProviders(), ...prometheusProviders());
  const { prometheus } = structure.metrics;
  if (prometheus.enabled && prometheus.port === undefined) {
    parts.controllers = [createMetricsController(prometheus.path, prometheus.routeMetadata)];
  }
  return parts;
}
