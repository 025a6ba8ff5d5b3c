import { context, INVALID_TRACEID, trace, type SpanContext } from '@opentelemetry/api';

/**
 * The context of the span active now, or undefined outside a span. Compares against the
 * invalid id instead of `isSpanContextValid` (two regex tests): this runs on every emit.
 */
export function activeSpanContext(): SpanContext | undefined {
  const span = trace.getSpan(context.active());
  if (span === undefined) return undefined;
  const spanContext = span.spanContext();
  return spanContext.traceId === INVALID_TRACEID ? undefined : spanContext;
}
