import { trace, type Attributes, type Span } from '@opentelemetry/api';

/** The active span, or undefined outside any span. */
export function activeSpan(): Span | undefined {
  return trace.getActiveSpan();
}

/** Sets attributes on the active span; no-op outside a recording span. */
export function setActiveSpanAttributes(attributes: Attributes): void {
  const span = trace.getActiveSpan();
  if (span !== undefined && span.isRecording()) span.setAttributes(attributes);
}

/** Adds an event to the active span; no-op outside a recording span. */
export function addActiveSpanEvent(name: string, attributes?: Attributes): void {
  const span = trace.getActiveSpan();
  if (span !== undefined && span.isRecording()) span.addEvent(name, attributes);
}

/** Trace id of the active span (sampled or not), for log correlation; undefined outside a span. */
export function activeTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  return span === undefined ? undefined : span.spanContext().traceId;
}

/** Span id of the active span; undefined outside a span. */
export function activeSpanId(): string | undefined {
  const span = trace.getActiveSpan();
  return span === undefined ? undefined : span.spanContext().spanId;
}
