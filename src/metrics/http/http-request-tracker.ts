import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { getRequestState } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';
import { routeTemplateOf } from '../../http/route-template';

/**
 * Sees every request of the app's HTTP server, before Express or Fastify: unmatched routes,
 * guard rejections and middleware errors are counted too, not only requests that reach a handler.
 * On Fastify an `onRequest` hook also notes the matched route before guards run.
 */
export class HttpRequestTracker
  implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  private server: Server | undefined;
  private readonly listener = (req: IncomingMessage, res: ServerResponse) =>
    this.recorder.track(req, res);

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly recorder: HttpRequestRecorder,
    private readonly enabled: boolean,
  ) {}

  onModuleInit(): void {
    if (!this.enabled) return;
    const adapter = this.adapterHost.httpAdapter;
    if (adapter?.getType?.() !== 'fastify') return;
    const instance = adapter.getInstance<{ addHook?: (name: string, hook: unknown) => void }>();
    try {
      instance.addHook?.(
        'onRequest',
        (request: { raw: object }, _reply: unknown, done: () => void) => {
          const state = getRequestState(request.raw);
          if (state && !state.route) state.route = routeTemplateOf(request);
          done();
        },
      );
    } catch {
      // Fastify already booted: routes of guard-rejected requests then stay unknown.
    }
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    const server = this.adapterHost.httpAdapter?.getHttpServer?.() as Server | undefined;
    if (!server || typeof server.prependListener !== 'function') return;
    this.server = server;
    server.prependListener('request', this.listener);
  }

  onApplicationShutdown(): void {
    this.server?.removeListener('request', this.listener);
    this.server = undefined;
  }
}
