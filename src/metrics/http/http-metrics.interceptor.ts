import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { Observable } from 'rxjs';
import { SKIP_HTTP_METRICS } from '../metrics.constants';
import { markSkipped } from './http-request-state';
import type { HttpRequestRecorder } from './http-request-recorder';
import { routeTemplateOf } from '../../http/route-template';
import { nameServerSpan } from './name-server-span';

/**
 * Global interceptor of the HTTP metrics: notes the route template of the handler's request (for
 * the `http.route` label), names the server span `GET /users/:id`, and leaves `SKIP_HTTP_METRICS`
 * controllers out. Recording happens when the response finishes (see HttpRequestRecorder).
 */
export class HttpMetricsInterceptor implements NestInterceptor {
  /** SKIP_HTTP_METRICS per controller class and handler (decorator metadata, fixed at load). */
  private readonly skipped = new WeakMap<object, WeakMap<object, boolean>>();

  constructor(
    private readonly recorder: HttpRequestRecorder,
    private readonly reflector: Reflector,
    private readonly enabled: boolean,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (!this.enabled || context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const req = http.getRequest<{ raw?: IncomingMessage; method?: string }>();
    const raw = req.raw ?? (req as IncomingMessage);
    if (this.isSkipped(context.getClass(), context.getHandler())) {
      markSkipped(raw);
      return next.handle();
    }
    const res = http.getResponse<{ raw?: ServerResponse }>();
    const state = this.recorder.track(raw, res.raw ?? (res as unknown as ServerResponse));
    const route = routeTemplateOf(req);
    if (route !== undefined) {
      state.route = route;
      nameServerSpan(raw.method ?? req.method, route);
    }
    return next.handle();
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
