import type { IncomingMessage } from 'node:http';
import {
  type Context,
  type Span,
  SpanKind,
  type SpanOptions,
  type Tracer,
} from '@opentelemetry/api';
import { normalizeMethod } from '../known-methods';
import { incomingRequestAttributes } from './incoming-request-attributes';

const SERVER: SpanOptions = { kind: SpanKind.SERVER };

/** The server span's name until the route is known: the method, `HTTP` for an unknown one. */
export function serverSpanNameOf(req: IncomingMessage): string {
  const method = normalizeMethod(req.method ?? 'GET');
  return method === '_OTHER' ? 'HTTP' : method;
}

/**
 * Starts the SERVER span `name` of a request. With `samplerReadsAttributes` the request's
 * attributes go to `startSpan` for the sampler; without, they are set once the span is known to
 * record (see `HttpServerSpanOptions.samplerReadsAttributes`). The span holds the same attributes
 * either way.
 */
export function startServerSpan(
  tracer: Tracer,
  samplerReadsAttributes: boolean,
  name: string,
  req: IncomingMessage,
  scheme: string,
  parent: Context,
): Span {
  if (samplerReadsAttributes) {
    const attributes = incomingRequestAttributes(req, scheme);
    return tracer.startSpan(name, { ...SERVER, attributes }, parent);
  }
  const span = tracer.startSpan(name, SERVER, parent);
  if (span.isRecording()) span.setAttributes(incomingRequestAttributes(req, scheme));
  return span;
}
