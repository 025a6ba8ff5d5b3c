import type { IncomingMessage, ServerResponse } from 'node:http';
import { context } from '@opentelemetry/api';
import { getRPCMetadata, RPCType } from '@opentelemetry/core';
import type { AppRequestObserver } from './app-request-hub';
import { nameServerSpan } from './name-server-span';
import { routeTemplateOf } from './route-template';
import { isOwnServerSpan } from './server-span/own-server-span';

/**
 * Names a server span another instrumentation started (instrumentation-http, when the app passes
 * `instrumentations: [new HttpInstrumentation()]`) by the route Express matched: on 'prefinish',
 * before that instrumentation ends its span at 'finish'. This library's own server span reads
 * the route itself when it ends, so its requests get no listener. (On Fastify the module's
 * `onRequest` hook names either span.)
 */
export class ForeignServerSpanNamer implements AppRequestObserver {
  requestStarted(req: IncomingMessage, res: ServerResponse): void {
    const rpc = getRPCMetadata(context.active());
    if (rpc?.type !== RPCType.HTTP || isOwnServerSpan(rpc)) return;
    res.once('prefinish', () => {
      const route = routeTemplateOf(req);
      if (route !== undefined) nameServerSpan(req.method, route, rpc);
    });
  }

  requestClosed(): void {}
}
