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

/**
 * Starts the SERVER span of a request, named by its method (`HTTP` for an unknown one) until
 * the route is known. With `samplerReadsAttributes` the request's attributes go to `startSpan`
 * for the sampler; without, they are set once the span is known to record (see
 * `HttpServerSpanOptions.samplerReadsAttributes`). The span holds the same attributes either way.
 */
export function startServerSpan(
  tracer: Tracer,
  samplerReadsAttributes: boolean,
  req: IncomingMessage,
  scheme: string,
  parent: Context,
): { span: Span; name: string } {
  const method = normalizeMethod(req.method ?? 'GET');
  const name = method === '_OTHER' ? 'HTTP' : method;
  if (samplerReadsAttributes) {
    const attributes = incomingRequestAttributes(req, scheme);
    return { span: tracer.startSpan(name, { ...SERVER, attributes }, parent), name };
  }
  const span = tracer.startSpan(name, SERVER, parent);
  if (span.isRecording()) span.setAttributes(incomingRequestAttributes(req, scheme));
  return { span, name };
}
