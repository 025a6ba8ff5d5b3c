import type { Provider } from '@nestjs/common';
import type { ResolvedTelemetryConfig as Config } from '../../config/resolved-telemetry-config';
import type { TelemetrySdk } from '../../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_SDK } from '../../telemetry.constants';
import { metricsActive } from '../create-telemetry-metrics';
import { TelemetryMetrics } from '../telemetry-metrics';
import { MetricsEndpoint } from './metrics-endpoint';
import { MetricsPortServer } from './metrics-port-server';

/** The scrape endpoint and, when `metrics.prometheus.port` is set, its own server. */
export function prometheusProviders(): Provider[] {
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
