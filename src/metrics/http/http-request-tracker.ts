import type { OnModuleInit } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { AppRequestHub } from '../../http/app-request-hub';
import { routeTemplateOf } from '../../http/route-template';
import { getRequestState } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';

/**
 * Puts the HTTP metrics recorder on the app's request hub, so every request of the app's HTTP
 * server is seen before Express or Fastify: unmatched routes, guard rejections and middleware
 * errors are counted too, not only requests that reach a handler. On Fastify an `onRequest` hook
 * also notes the matched route before guards run.
 */
export class HttpRequestTracker implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    hub: AppRequestHub,
    recorder: HttpRequestRecorder,
    private readonly enabled: boolean,
  ) {
    if (enabled) hub.add(recorder);
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
}
