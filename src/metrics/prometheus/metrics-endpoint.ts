import type { TelemetryDiagnostics } from '../../diagnostics/telemetry-diagnostics';
import type { TelemetryMetrics } from '../telemetry-metrics';
import { isAuthorized } from './bearer-token';
import { wantsOpenMetrics } from './render-metrics';

/** The answer to one scrape, independent of the HTTP framework. */
export interface ScrapeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Answers scrapes of the registry: bearer-token check, content negotiation, render; never throws. */
export class MetricsEndpoint {
  constructor(
    private readonly metrics: TelemetryMetrics,
    private readonly diagnostics: TelemetryDiagnostics,
    private readonly enabled: boolean,
  ) {}

  async scrape(headers: {
    authorization?: string | string[];
    accept?: string | string[];
  }): Promise<ScrapeResponse> {
    if (!this.enabled)
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found\n' };
    if (!isAuthorized(headers.authorization, this.metrics.config.prometheus.bearerToken)) {
      return {
        status: 401,
        headers: { 'content-type': 'text/plain', 'www-authenticate': 'Bearer realm="metrics"' },
        body: 'Unauthorized\n',
      };
    }
    const accept = Array.isArray(headers.accept) ? headers.accept.join(',') : headers.accept;
    try {
      const { contentType, body } = await this.metrics.render(wantsOpenMetrics(accept));
      return {
        status: 200,
        headers: { 'content-type': contentType, 'cache-control': 'no-store' },
        body,
      };
    } catch (error) {
      this.diagnostics.count('metrics_render_failed');
      this.diagnostics.errorRateLimited(
        'metrics-render',
        `Rendering /metrics failed: ${(error as Error)?.message}`,
      );
      return {
        status: 500,
        headers: { 'content-type': 'text/plain' },
        body: 'metrics unavailable\n',
      };
    }
  }
}
