import type { IncomingMessage } from 'node:http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';

/**
 * The default instrumentation-http, without server spans for the Prometheus scrape path: a scrape
 * every few seconds is not a trace anyone wants.
 */
export function createHttpInstrumentation(config: ResolvedTelemetryConfig): HttpInstrumentation {
  const { prometheus } = config.metrics;
  const ignored = prometheus.enabled && prometheus.port === undefined ? prometheus.path : undefined;
  return new HttpInstrumentation({
    ignoreIncomingRequestHook: (req: IncomingMessage) =>
      ignored !== undefined && (req.url ?? '').split('?')[0] === ignored,
  });
}
