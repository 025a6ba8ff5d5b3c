import type { OnModuleInit } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { AppRequestHub } from '../../http/app-request-hub';
import { nameServerSpan } from '../../http/name-server-span';
import { routeTemplateOf } from '../../http/route-template';
import { getRequestState } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';

/**
 * Puts the HTTP metrics recorder on the app's request hub, so every request of the app's HTTP
 * server is seen before Express or Fastify: unmatched routes, guard rejections and middleware
 * errors are counted too, not only requests that reach a handler. On Fastify, whose raw request
 * does not carry the route, an `onRequest` hook notes the matched route (it runs before guards)
 * and names the server span by it.
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
        (request: { raw: { method?: string } }, _reply: unknown, done: () => void) => {
          try {
            const route = routeTemplateOf(request);
            const state = getRequestState(request.raw);
            if (state && !state.route) state.route = route;
            if (route !== undefined) nameServerSpan(request.raw.method, route);
          } catch {
            // Telemetry never fails a request: the request keeps an unnamed span.
          }
          done();
        },
      );
    } catch {
      // Fastify already booted: routes of guard-rejected requests then stay unknown.
    }
  }
}
