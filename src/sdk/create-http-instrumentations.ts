import type { IncomingMessage } from 'node:http';
import type { Instrumentation } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { isHealthRoute } from '../health/health-routes';
import { HttpServerSpanInstrumentation } from '../http/server-span/http-server-span.instrumentation';
import { urlPathIs } from '../http/url-path-is';
import { getActiveRuntime } from '../runtime/active-runtime';

/**
 * The default instrumentations: this library's HTTP server spans, minus spans for its own
 * endpoints (health probes and Prometheus scrapes, every few seconds, are not traces anyone
 * wants), and instrumentation-http for outgoing requests. The endpoint paths are read from the
 * running module at request time, so the preload entry (started before any module) honours the
 * paths given to forRoot.
 */
export function createHttpInstrumentations(): Instrumentation[] {
  return [
    // createSampler's samplers never read attributes: set them after the span starts.
    new HttpServerSpanInstrumentation({
      ignoreIncomingRequest: isOwnEndpointRequest,
      samplerReadsAttributes: false,
    }),
    new HttpInstrumentation({ disableIncomingRequestInstrumentation: true }),
  ];
}

function isOwnEndpointRequest(request: IncomingMessage): boolean {
  const config = getActiveRuntime()?.config;
  return config !== undefined && isOwnEndpoint(request.url ?? '', config);
}

function isOwnEndpoint(url: string, config: ResolvedTelemetryConfig): boolean {
  const { prometheus } = config.metrics;
  const scrape =
    prometheus.enabled && prometheus.port === undefined && urlPathIs(url, prometheus.path);
  return scrape || isHealthRoute(url, config);
}
