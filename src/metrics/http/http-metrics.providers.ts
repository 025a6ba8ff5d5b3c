import type { Provider } from '@nestjs/common';
import { DiscoveryService, HttpAdapterHost, Reflector } from '@nestjs/core';
import type { ResolvedTelemetryConfig as Config } from '../../config/resolved-telemetry-config';
import { AppRequestHub } from '../../http/app-request-hub';
import type { TelemetrySdk } from '../../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_SDK } from '../../telemetry.constants';
import { httpMetricsActive } from '../create-telemetry-metrics';
import { TelemetryMetrics } from '../telemetry-metrics';
import { HttpRequestRecorder } from './http-request-recorder';
import { HttpRequestTracker } from './http-request-tracker';
import { guardSkippedRoutes } from './guard-skipped-routes';
import { HttpServerMetrics } from './http-server-metrics';

/** Inject token of the step that guards the routes left out of the HTTP metrics. @internal */
export const SKIPPED_ROUTES_GUARDED = 'TELEMETRY:SKIPPED_ROUTES_GUARDED';

/**
 * The HTTP RED metrics: the recorder, which labels each request with the route the framework
 * matched when the response finishes, the server-level tracker, and a guard on the routes marked
 * to be left out (no global guard: that would cost every request a Nest guard step).
 */
export function httpMetricsProviders(): Provider[] {
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
      useFactory: (host: HttpAdapterHost, hub: AppRequestHub, r: HttpRequestRecorder, c: Config) =>
        new HttpRequestTracker(host, hub, r, httpMetricsActive(c)),
      inject: [HttpAdapterHost, AppRequestHub, HttpRequestRecorder, TELEMETRY_CONFIG],
    },
    {
      provide: SKIPPED_ROUTES_GUARDED,
      useFactory: (discovery: DiscoveryService, reflector: Reflector, c: Config) => {
        if (httpMetricsActive(c)) guardSkippedRoutes(discovery, reflector);
        return true;
      },
      inject: [DiscoveryService, Reflector, TELEMETRY_CONFIG],
    },
  ];
}
