import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CanActivate, ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { SKIP_HTTP_METRICS } from '../metrics.constants';
import { markSkipped } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';
import { routeTemplateOf } from '../../http/route-template';
import { nameServerSpan } from './name-server-span';

/**
 * Global guard of the HTTP metrics that always lets the request through: it notes the route
 * template of the matched handler (the `http.route` label), names the server span
 * `GET /users/:id`, and leaves `SKIP_HTTP_METRICS` controllers out. It is a guard, not an
 * interceptor, because it only needs to run once the route is known, before the handler: a
 * synchronous guard costs Nest a loop step, while a global interceptor puts an rxjs chain and two
 * `AsyncResource.bind` calls on every request. Recording happens when the response finishes (see
 * HttpRequestRecorder). Never throws, never denies.
 */
export class HttpRouteGuard implements CanActivate {
  /** SKIP_HTTP_METRICS per controller class and handler (decorator metadata, fixed at load). */
  private readonly skipped = new WeakMap<object, WeakMap<object, boolean>>();

  constructor(
    private readonly recorder: HttpRequestRecorder,
    private readonly reflector: Reflector,
    private readonly enabled: boolean,
  ) {}

  canActivate(context: ExecutionContext): true {
    if (!this.enabled || context.getType() !== 'http') return true;
    try {
      this.noteRoute(context);
    } catch {
      // Telemetry never fails a request; the recorder still labels it from the router at finish.
    }
    return true;
  }

  private noteRoute(context: ExecutionContext): void {
    const http = context.switchToHttp();
    const req = http.getRequest<{ raw?: IncomingMessage; method?: string }>();
    const raw = req.raw ?? (req as IncomingMessage);
    if (this.isSkipped(context.getClass(), context.getHandler())) {
      markSkipped(raw);
      return;
    }
    const res = http.getResponse<{ raw?: ServerResponse }>();
    const state = this.recorder.track(raw, res.raw ?? (res as unknown as ServerResponse));
    const route = routeTemplateOf(req);
    if (route !== undefined) {
      state.route = route;
      nameServerSpan(raw.method ?? req.method, route);
    }
  }

  private isSkipped(controller: object, handler: object): boolean {
    let handlers = this.skipped.get(controller);
    if (!handlers) this.skipped.set(controller, (handlers = new WeakMap()));
    let skip = handlers.get(handler);
    if (skip === undefined) {
      skip = !!(
        this.reflector.get<boolean>(SKIP_HTTP_METRICS, handler as () => void) ??
        this.reflector.get<boolean>(SKIP_HTTP_METRICS, controller as () => void)
      );
      handlers.set(handler, skip);
    }
    return skip;
  }
}
