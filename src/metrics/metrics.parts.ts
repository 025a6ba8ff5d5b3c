import type { Provider } from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost, Reflector } from '@nestjs/core';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_SDK } from '../telemetry.constants';
import {
  createTelemetryMetrics,
  httpMetricsActive,
  metricsActive,
} from './create-telemetry-metrics';
import { GenAiMetrics } from './genai/gen-ai-metrics';
import { HttpMetricsInterceptor } from './http/http-metrics.interceptor';
import { HttpRequestRecorder } from './http/http-request-recorder';
import { HttpRequestTracker } from './http/http-request-tracker';
import { HttpServerMetrics } from './http/http-server-metrics';
import { OTLP_METRIC_READER } from './metrics.constants';
import { startOtlpMetrics } from './otlp/start-otlp-metrics';
import { MetricsEndpoint } from './prometheus/metrics-endpoint';
import { createMetricsController } from './prometheus/metrics.controller';
import { MetricsPortServer } from './prometheus/metrics-port-server';
import { TelemetryMetrics } from './telemetry-metrics';

type Config = ResolvedTelemetryConfig;

/**
 * The registry, OTLP export, `/metrics` (on the app or its own port), HTTP RED metrics and GenAI
 * metrics. When telemetry or metrics are off at definition time, only the (inert) injectables are
 * added: no route, no interceptor, no listener.
 */
export function metricsParts(structure: Config): TelemetryModuleParts {
  const providers: Provider[] = [
    {
      provide: TelemetryMetrics,
      useFactory: createTelemetryMetrics,
      inject: [TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: GenAiMetrics,
      useFactory: (m: TelemetryMetrics, c: Config, sdk: TelemetrySdk) =>
        new GenAiMetrics(m, c.metrics.genAi.prices, sdk.diagnostics),
      inject: [TelemetryMetrics, TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: OTLP_METRIC_READER,
      useFactory: startOtlpMetrics,
      inject: [TELEMETRY_SDK, TelemetryMetrics, TELEMETRY_CONFIG],
    },
  ];
  const parts: TelemetryModuleParts = { providers, exports: [TelemetryMetrics, GenAiMetrics] };
  if (!metricsActive(structure)) return parts;
  providers.push(...httpProviders(), ...prometheusProviders());
  const { prometheus } = structure.metrics;
  if (prometheus.enabled && prometheus.port === undefined) {
    parts.controllers = [createMetricsController(prometheus.path, prometheus.routeMetadata)];
  }
  return parts;
}

function prometheusProviders(): Provider[] {
  return [
    {
      provide: MetricsEndpoint,
      useFactory: (m: TelemetryMetrics, c: Config, sdk: TelemetrySdk) =>
        new MetricsEndpoint(m, sdk.diagnostics, metricsActive(c) && c.metrics.prometheus.enabled),
      inject: [TelemetryMetrics, TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: MetricsPortServer,
      useFactory: (c: Config, e: MetricsEndpoint) => new MetricsPortServer(c, e),
      inject: [TELEMETRY_CONFIG, MetricsEndpoint],
    },
  ];
}

function httpProviders(): Provider[] {
  return [
    {
      provide: HttpRequestRecorder,
      useFactory: (m: TelemetryMetrics, c: Config, sdk: TelemetrySdk) =>
        new HttpRequestRecorder(
          new HttpServerMetrics(m, c.metrics.http.buckets),
          sdk.diagnostics,
          c.metrics.prometheus.path,
        ),
      inject: [TelemetryMetrics, TELEMETRY_CONFIG, TELEMETRY_SDK],
    },
    {
      provide: HttpRequestTracker,
      useFactory: (host: HttpAdapterHost, r: HttpRequestRecorder, c: Config) =>
        new HttpRequestTracker(host, r, httpMetricsActive(c)),
      inject: [HttpAdapterHost, HttpRequestRecorder, TELEMETRY_CONFIG],
    },
    {
      provide: APP_INTERCEPTOR,
      useFactory: (r: HttpRequestRecorder, reflector: Reflector, c: Config) =>
        new HttpMetricsInterceptor(r, reflector, httpMetricsActive(c)),
      inject: [HttpRequestRecorder, Reflector, TELEMETRY_CONFIG],
    },
  ];
}
