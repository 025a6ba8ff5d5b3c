import type { IncomingMessage } from 'node:http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { isHealthRoute } from '../health/health-routes';
import { getActiveRuntime } from '../runtime/active-runtime';
import { urlPathIs } from './url-path-is';

/**
 * Whether `request` is for one of the running TelemetryModule's own endpoints: a health probe or
 * a Prometheus scrape on the app's port (every few seconds, and not traces anyone wants). The
 * paths are read from the running module at request time, so an instrumentation started before
 * any module (the preload entry) honours the paths given to forRoot. False with no module running.
 *
 * For instrumentation-http's own server spans:
 * `new HttpInstrumentation({ ignoreIncomingRequestHook: isTelemetryEndpointRequest })`.
 */
export function isTelemetryEndpointRequest(request: IncomingMessage): boolean {
  const config = getActiveRuntime()?.config;
  return config !== undefined && isTelemetryEndpoint(request.url ?? '', config);
}

function isTelemetryEndpoint(url: string, config: ResolvedTelemetryConfig): boolean {
  const { prometheus } = config.metrics;
  const scrape =
    prometheus.enabled && prometheus.port === undefined && urlPathIs(url, prometheus.path);
  return scrape || isHealthRoute(url, config);
}
