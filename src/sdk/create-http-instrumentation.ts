import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { isHealthRoute } from '../health/health-routes';
import { urlPathIs } from '../http/url-path-is';
import { getActiveRuntime } from '../runtime/active-runtime';

/**
 * instrumentation-http, minus server spans for this library's own endpoints: health probes and
 * Prometheus scrapes, every few seconds, are not traces anyone wants. The paths are read from the
 * running module at request time, so the preload entry (started before any module) honours the
 * paths given to forRoot.
 */
export function createHttpInstrumentation(): HttpInstrumentation {
  return new HttpInstrumentation({
    ignoreIncomingRequestHook: (request) => {
      const config = getActiveRuntime()?.config;
      return config !== undefined && isOwnEndpoint(request.url ?? '', config);
    },
  });
}

function isOwnEndpoint(url: string, config: ResolvedTelemetryConfig): boolean {
  const { prometheus } = config.metrics;
  const scrape =
    prometheus.enabled && prometheus.port === undefined && urlPathIs(url, prometheus.path);
  return scrape || isHealthRoute(url, config);
}
