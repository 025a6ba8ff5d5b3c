import type { TelemetryModuleOptions } from 'nestjs-telemetry';
import { SpanTreePrinter } from './span-tree-printer';

/** Whether an OTLP endpoint is configured; without one the gateway prints telemetry locally. */
export function hasCollector(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/** Prices of the fake models, USD per 1M tokens. Prices are always yours to supply. */
const PRICES = {
  'large-model-1': { input: 3, output: 15, cachedInput: 0.3 },
  'small-model-1': { input: 0.25, output: 1.25 },
};

/**
 * The gateway's telemetry options. With OTEL_EXPORTER_OTLP_ENDPOINT set, spans, metrics and
 * events are exported over OTLP (the OTEL_* variables apply). Without it nothing goes to the
 * network: a span tree is printed per request, events as lines, and metrics are on /metrics.
 */
export function gatewayTelemetryOptions(env = process.env): TelemetryModuleOptions {
  const base: TelemetryModuleOptions = {
    serviceName: env.OTEL_SERVICE_NAME ?? 'llm-gateway',
    metrics: { genAi: { prices: PRICES } },
  };
  if (hasCollector(env)) return base;
  return {
    ...base,
    traces: { exporter: 'none', spanProcessors: [new SpanTreePrinter()] },
    metrics: { ...base.metrics, otlpEnabled: false },
    events: { exporters: ['console'] },
  };
}
