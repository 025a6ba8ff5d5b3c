import type { Provider } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost, Reflector } from '@nestjs/core';
import type { ResolvedTelemetryConfig as Config } from '../../config/resolved-telemetry-config';
import { AppRequestHub } from '../../http/app-request-hub';
import type { TelemetrySdk } from '../../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_SDK } from '../../telemetry.constants';
import { httpMetricsActive } from '../create-telemetry-metrics';
import { TelemetryMetrics } from '../telemetry-metrics';
import { HttpRequestRecorder } from './http-request-recorder';
import { HttpRequestTracker } from './http-request-tracker';
import { HttpRouteGuard } from './http-route-guard';
import { HttpServerMetrics } from './http-server-metrics';

/** The HTTP RED metrics: recorder, server-level tracker and the global route guard (never denies). */
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
      provide: APP_GUARD,
      useFactory: (r: HttpRequestRecorder, reflector: Reflector, c: Config) =>
        new HttpRouteGuard(r, reflector, httpMetricsActive(c)),
      inject: [HttpRequestRecorder, Reflector, TELEMETRY_CONFIG],
    },
  ];
}
