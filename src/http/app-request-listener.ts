import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';

/** Called for every request of the app's HTTP server, before Express or Fastify sees it. */
export type AppRequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Puts a listener first among the 'request' listeners of the app's HTTP server once the app is
 * bootstrapped, and takes it off at shutdown. Seeing the raw request before the framework means
 * unmatched routes, guard rejections and middleware errors are seen too. Apps without an HTTP
 * server (microservices, standalone contexts) get nothing.
 */
export class AppRequestListenerHook implements OnApplicationBootstrap, OnApplicationShutdown {
  private server: Server | undefined;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly listener: AppRequestListener | undefined,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.listener) return;
    const server = this.adapterHost.httpAdapter?.getHttpServer?.() as Server | undefined;
    if (!server || typeof server.prependListener !== 'function') return;
    this.server = server;
    server.prependListener('request', this.listener);
  }

  onApplicationShutdown(): void {
    if (this.listener) this.server?.removeListener('request', this.listener);
    this.server = undefined;
  }
}
