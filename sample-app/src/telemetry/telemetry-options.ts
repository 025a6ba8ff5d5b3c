import type { TelemetryModuleOptions } from 'nestjs-telemetry';

/** Whether an OTLP endpoint is configured; without one the gateway prints telemetry locally. */
export function hasCollector(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * The gateway's telemetry options. With OTEL_EXPORTER_OTLP_ENDPOINT set, everything is exported
 * over OTLP (the OTEL_* variables apply). Without it, nothing goes to the network: spans are
 * printed as a tree per request, events as lines on stdout, metrics are served on /metrics.
 */
export function gatewayTelemetryOptions(env = process.env): TelemetryModuleOptions {
  const serviceName = env.OTEL_SERVICE_NAME ?? 'llm-gateway';
  if (hasCollector(env)) return { serviceName };
  return {
    serviceName,
    // TODO(issue-3): traces: { exporter: 'none', spanProcessors: [new SpanTreePrinter()] }
    traces: { exporter: 'console' },
    metrics: { otlpEnabled: false },
    events: { exporters: ['console'] },
  };
}
