import type { IncomingMessage } from 'node:http';
import { type Context, type Span } from '@opentelemetry/api';
import { getRPCMetadata, type RPCMetadata, RPCType } from '@opentelemetry/core';
import { nameServerSpan } from '../name-server-span';
import { routeTemplateOf } from '../route-template';

/** Marks the RPC metadata of a server span this library started, with what naming it needs. */
const OWN_SERVER_SPAN = Symbol.for('nestjs-telemetry.own-server-span');

interface OwnRequest {
  readonly req: IncomingMessage;
  /** The method part of the span name: the known method, or `HTTP`. */
  readonly method: string;
  /** Whether the span got its route name here. */
  named: boolean;
}

type OwnRpcMetadata = RPCMetadata & { [OWN_SERVER_SPAN]?: OwnRequest };

/** HTTP RPC metadata of a server span started by HttpServerSpanInstrumentation. */
export function ownServerSpanMetadata(
  span: Span,
  req: IncomingMessage,
  method: string,
): RPCMetadata {
  const own: OwnRequest = { req, method, named: false };
  return { type: RPCType.HTTP, span, [OWN_SERVER_SPAN]: own } as OwnRpcMetadata;
}

/** Whether `rpc` belongs to a server span of HttpServerSpanInstrumentation. */
export function isOwnServerSpan(rpc: RPCMetadata): boolean {
  return (rpc as OwnRpcMetadata)[OWN_SERVER_SPAN] !== undefined;
}

/**
 * Names this library's server span by its route (`GET /users/:id`, and `http.route`) once the
 * route is known: the one in the RPC metadata (set by the Fastify hook or another
 * instrumentation), else the route Express matched. Nothing runs for this per request until
 * someone asks: a log line written in the request, or the span's end (`ending`, which also names
 * the span by a route another instrumentation stored without naming it).
 */
export function settleServerSpanRoute(rpc: RPCMetadata | undefined, ending = false): void {
  const own = (rpc as OwnRpcMetadata | undefined)?.[OWN_SERVER_SPAN];
  if (!own || own.named) return;
  if (rpc!.route !== undefined && !ending) return;
  const route = rpc!.route ?? routeTemplateOf(own.req);
  if (route === undefined) return;
  own.named = true;
  nameServerSpan(own.method, route, rpc);
}

/** settleServerSpanRoute for the request of the active context `ctx`, if any. */
export function settleActiveServerSpanRoute(ctx: Context): void {
  settleServerSpanRoute(getRPCMetadata(ctx));
}
