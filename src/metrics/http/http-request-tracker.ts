import type { OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { AppRequestListenerHook } from '../../http/app-request-listener';
import { routeTemplateOf } from '../../http/route-template';
import { getRequestState } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';

/**
 * Sees every request of the app's HTTP server, before Express or Fastify: unmatched routes,
 * guard rejections and middleware errors are counted too, not only requests that reach a handler.
 * On Fastify an `onRequest` hook also notes the matched route before guards run.
 */
export class HttpRequestTracker
  implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly hook: AppRequestListenerHook;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    recorder: HttpRequestRecorder,
    private readonly enabled: boolean,
  ) {
    this.hook = new AppRequestListenerHook(
      adapterHost,
      enabled ? (req, res) => recorder.track(req, res) : undefined,
    );
  }

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
    this.hook.onApplicationBootstrap();
  }

  onApplicationShutdown(): void {
    this.hook.onApplicationShutdown();
  }
}
