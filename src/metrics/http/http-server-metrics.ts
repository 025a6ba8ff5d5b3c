import { normalizeMethod } from '../../http/known-methods';
import type { Counter } from '../registry/counter';
import type { Histogram } from '../registry/histogram';
import type { TelemetryMetrics } from '../telemetry-metrics';

const LABELS = ['http.request.method', 'http.route', 'http.response.status_code'];

/**
 * HTTP server RED metrics in the OpenTelemetry HTTP semantic conventions:
 * `http.server.request.duration` (s) → `http_server_request_duration_seconds`, and a request counter
 * `http.server.requests` → `http_server_requests_total`, by method, route template and status code.
 */
export class HttpServerMetrics {
  private readonly duration: Histogram;
  private readonly requests: Counter;

  constructor(metrics: TelemetryMetrics, buckets: readonly number[]) {
    this.duration = metrics.defineStandard('histogram', {
      name: 'http.server.request.duration',
      help: 'Duration of HTTP server requests.',
      unit: 's',
      labelNames: LABELS,
      buckets,
    });
    this.requests = metrics.defineStandard('counter', {
      name: 'http.server.requests',
      help: 'HTTP server requests, by method, route template and status code.',
      unit: '{request}',
      labelNames: LABELS,
    });
  }

  /** Records one finished request. */
  record(method: string | undefined, route: string, status: number, seconds: number): void {
    const labels = {
      'http.request.method': normalizeMethod(method),
      'http.route': route,
      'http.response.status_code': status,
    };
    this.requests.add(1, labels);
    this.duration.record(seconds, labels);
  }
}
