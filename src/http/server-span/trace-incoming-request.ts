import { errorMonitor } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { type RPCMetadata, setRPCMetadata, suppressTracing } from '@opentelemetry/core';
import { errorTypeOf } from '../../tracing/record-error';
import { ERROR_TYPE } from '../../tracing/span-attributes';
import { endServerSpan } from './end-server-span';
import { ownServerSpanMetadata } from './own-server-span';
import { runListenersIn } from './run-listeners-in';
import { serverSpanNameOf, startServerSpan } from './start-server-span';

/** What tracing incoming requests needs. */
export interface IncomingRequestTracing {
  /** The tracer of the server spans (read per request: the SDK may be replaced). */
  tracer(): Tracer;
  /** Whether the sampler should see the request's attributes (`HttpServerSpanOptions`). */
  samplerReadsAttributes(): boolean;
  /** Requests that get no span (and suppress the spans of their handling). Never throws. */
  ignored(req: IncomingMessage): boolean;
}

type Emit = (this: unknown, event: string, req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * Emits a server's 'request' event inside a SERVER span: the parent comes from the request's
 * propagation headers, the request's and response's listeners run in the span's context, the
 * span ends when the response closes, named by its route (`GET /users/:id`). The context carries
 * the span as HTTP RPC metadata, where other instrumentations can set the route. A handler that
 * throws synchronously fails the span and the error goes on to Node, as without tracing. If
 * starting the span fails, the request is handled untraced: telemetry never fails a request.
 */
export function traceIncomingRequest(
  tracing: IncomingRequestTracing,
  scheme: string,
  emit: Emit,
  server: unknown,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const started = tryStartRequest(tracing, scheme, req, res);
  if (!started) return emit.call(server, 'request', req, res);
  return runHandlers(started, emit, server, req, res);
}

/** The context the request's handlers run in, and how its span ends (none when ignored). */
interface StartedRequest {
  readonly active: Context;
  readonly ending?: ServerSpanEnding;
}

function tryStartRequest(
  tracing: IncomingRequestTracing,
  scheme: string,
  req: IncomingMessage,
  res: ServerResponse,
): StartedRequest | undefined {
  try {
    return startRequest(tracing, scheme, req, res);
  } catch {
    return undefined;
  }
}

function startRequest(
  tracing: IncomingRequestTracing,
  scheme: string,
  req: IncomingMessage,
  res: ServerResponse,
): StartedRequest {
  if (tracing.ignored(req)) {
    const quiet = suppressTracing(context.active());
    runListenersIn(req, quiet);
    runListenersIn(res, quiet);
    return { active: quiet };
  }
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const name = serverSpanNameOf(req);
  const readsAttributes = tracing.samplerReadsAttributes();
  const span = startServerSpan(tracing.tracer(), readsAttributes, name, req, scheme, parent);
  const rpc = ownServerSpanMetadata(span, req, name);
  const active = setRPCMetadata(trace.setSpan(parent, span), rpc);
  runListenersIn(req, active);
  runListenersIn(res, active);
  const ending = new ServerSpanEnding(span, res, rpc);
  res.on('close', ending.closed);
  res.on(errorMonitor, ending.failed);
  return { active, ending };
}

function runHandlers(
  { active, ending }: StartedRequest,
  emit: Emit,
  server: unknown,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  try {
    return context.with(active, emit, server, 'request', req, res);
  } catch (error) {
    ending?.failed(error);
    throw error;
  }
}

/** Ends the span once: at the response's 'close', or at the first error. Never throws. */
class ServerSpanEnding {
  private ended = false;

  constructor(
    private readonly span: Span,
    private readonly res: ServerResponse,
    private readonly rpc: RPCMetadata,
  ) {}

  readonly closed = (): void => {
    if (this.ended) return;
    this.ended = true;
    try {
      endServerSpan(this.span, this.res, this.rpc);
    } catch {
      // A listener that throws would crash the process; the span is lost instead.
    }
  };

  readonly failed = (error: unknown): void => {
    if (this.ended) return;
    this.ended = true;
    try {
      const message = error instanceof Error ? error.message : String(error);
      this.span.recordException(error instanceof Error ? error : message);
      this.span.setAttribute(ERROR_TYPE, errorTypeOf(error));
      this.span.setStatus({ code: SpanStatusCode.ERROR, message });
      this.span.end();
    } catch {
      // as above
    }
  };
}
