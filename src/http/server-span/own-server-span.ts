import type { IncomingMessage } from 'node:http';
import { type Context, type Span } from '@opentelemetry/api';
import { getRPCMetadata, type RPCMetadata, RPCType } from '@opentelemetry/core';
import { nameServerSpan } from '../name-server-span';
import { routeTemplateOf } from '../route-template';

/** Marks the RPC metadata of a server span this library started (across copies of the library). */
const OWN_SERVER_SPAN = Symbol.for('nestjs-telemetry.own-server-span');

/**
 * HTTP RPC metadata of a server span started by HttpServerSpanInstrumentation, with what naming
 * it needs. Other instrumentations may set `route` on it, as on instrumentation-http's.
 *
 * A class, not an object literal, on purpose: V8 may pretenure an object-literal allocation site
 * (allocates its objects straight in the old generation), and a pretenured object that points at
 * the request keeps the request's whole object graph alive through every young-generation GC until
 * the next full one. As a literal this record made ~4 KB more per request survive into the old
 * generation (server span alone: 15.3 → 11.0 KB promoted per request, ~10 µs of CPU per request;
 * `--trace-gc-nvp` and `npm run bench`); as an instance of this class it is not pretenured, and
 * `--no-allocation-site-pretenuring` made no further difference.
 */
class OwnServerSpanMetadata implements RPCMetadata {
  readonly type = RPCType.HTTP;
  route?: string;
  /** Under a symbol, like the rest of this library's state: spreads and JSON leave it out. */
  readonly [OWN_SERVER_SPAN]: OwnRequest;

  constructor(
    readonly span: Span,
    req: IncomingMessage,
    method: string,
  ) {
    this[OWN_SERVER_SPAN] = new OwnRequest(req, method);
  }
}

/** What naming the span needs (a class too, for the same reason). */
class OwnRequest {
  /** Whether the span got its route name here. */
  named = false;

  constructor(
    readonly req: IncomingMessage,
    /** The method part of the span name: the known method, or `HTTP`. */
    readonly method: string,
  ) {}
}

/** HTTP RPC metadata of a server span started by HttpServerSpanInstrumentation. */
export function ownServerSpanMetadata(
  span: Span,
  req: IncomingMessage,
  method: string,
): RPCMetadata {
  return new OwnServerSpanMetadata(span, req, method);
}

function ownRequestOf(rpc: RPCMetadata | undefined): OwnRequest | undefined {
  // Read by the symbol, not instanceof: another copy of this library may have started the span.
  return (rpc as Partial<OwnServerSpanMetadata> | undefined)?.[OWN_SERVER_SPAN];
}

/** Whether `rpc` belongs to a server span of HttpServerSpanInstrumentation. */
export function isOwnServerSpan(rpc: RPCMetadata): boolean {
  return ownRequestOf(rpc) !== undefined;
}

/**
 * Names this library's server span by its route (`GET /users/:id`, and `http.route`) once the
 * route is known: the one in the RPC metadata (set by the Fastify hook or another
 * instrumentation), else the route Express matched. Nothing runs for this per request until
 * someone asks: a log line written in the request, or the span's end (`ending`, which also names
 * the span by a route another instrumentation stored without naming it).
 */
export function settleServerSpanRoute(rpc: RPCMetadata | undefined, ending = false): void {
  const own = ownRequestOf(rpc);
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
