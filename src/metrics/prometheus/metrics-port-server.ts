import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../../config/resolved-telemetry-config';
import type { MetricsEndpoint } from './metrics-endpoint';

/**
 * Serves the scrape endpoint on its own port (`metrics.prometheus.port`), outside Nest: no
 * guards, interceptors or global prefix apply. Listens when the app boots, closes at shutdown.
 */
export class MetricsPortServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    private readonly config: ResolvedTelemetryConfig,
    private readonly endpoint: MetricsEndpoint,
  ) {}

  /** The bound address, once listening (handy with port 0). */
  address(): AddressInfo | undefined {
    return (this.server?.address() as AddressInfo | null) ?? undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { enabled, metrics } = this.config;
    const { port, host, path } = metrics.prometheus;
    if (!enabled || !metrics.enabled || !metrics.prometheus.enabled || port === undefined) return;
    this.server = createServer((req, res) => {
      if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== path) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found\n');
        return;
      }
      void this.endpoint
        .scrape(req.headers)
        .then((a) => res.writeHead(a.status, a.headers).end(a.body));
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject).listen(port, host, () => resolve());
    });
    new Logger('Telemetry').log(
      `Prometheus metrics on http://${host}:${this.address()?.port}${path}`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }
}
