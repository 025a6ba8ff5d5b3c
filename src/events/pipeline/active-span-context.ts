import { context, isSpanContextValid, trace, type SpanContext } from '@opentelemetry/api';

/** The context of the span active now, or undefined outside a (valid) span. */
export function activeSpanContext(): SpanContext | undefined {
  const span = trace.getSpan(context.active());
  if (span === undefined) return undefined;
  const spanContext = span.spanContext();
  return isSpanContextValid(spanContext) ? spanContext : undefined;
}
