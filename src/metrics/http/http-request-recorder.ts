import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { AppRequestObserver } from '../../http/app-request-hub';
import { routeTemplateOf, UNMATCHED_ROUTE } from '../../http/route-template';
import { urlPathIs } from '../../http/url-path-is';
import { getRequestState, type HttpRequestState, startRequestState } from './http-request-state';
import type { HttpServerMetrics } from './http-server-metrics';

/**
 * Times raw requests and records them when the response finishes, so the status code is the one
 * the client got: after guards, pipes and exception filters, labelled with the route template
 * the framework matched (noted by the Fastify hook, else Express's matched route, read then).
 * Aborted requests are not recorded. Follows the requests of the app's server through the
 * AppRequestHub. Never throws into the request.
 */
export class HttpRequestRecorder implements AppRequestObserver {
  constructor(
    private readonly metrics: HttpServerMetrics,
    private readonly diagnostics: TelemetryDiagnostics,
    private readonly metricsPath: string,
  ) {}

  requestStarted(req: IncomingMessage): void {
    if (!getRequestState(req)) startRequestState(req);
  }

  requestClosed(req: IncomingMessage, res: ServerResponse): void {
    const state = getRequestState(req);
    if (state && res.writableFinished) this.finish(req, res, state);
  }

  private finish(req: IncomingMessage, res: ServerResponse, state: HttpRequestState): void {
    try {
      if (state.skip || urlPathIs(req.url, this.metricsPath)) return;
      const route = state.route ?? routeTemplateOf(req) ?? UNMATCHED_ROUTE;
      const seconds = (performance.now() - state.start) / 1e3;
      this.metrics.record(req.method, route, res.statusCode, seconds);
    } catch (error) {
      this.diagnostics.count('http_metrics_failed');
      this.diagnostics.errorRateLimited(
        'http-metrics',
        `Recording HTTP metrics failed: ${(error as Error)?.message}`,
      );
    }
  }
}
