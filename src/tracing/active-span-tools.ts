import { trace, type Attributes, type Span } from '@opentelemetry/api';
import { getActiveRuntime } from '../runtime/active-runtime';

/** The active span, or undefined outside any span. */
export function activeSpan(): Span | undefined {
  return trace.getActiveSpan();
}

/**
 * Sets attributes on the active span; no-op outside a recording span. Attributes that cannot be
 * read (a throwing getter) are counted as `span_attributes_failed`, never thrown.
 */
export function setActiveSpanAttributes(attributes: Attributes): void {
  const span = trace.getActiveSpan();
  if (span === undefined || !span.isRecording()) return;
  try {
    span.setAttributes(attributes);
  } catch {
    getActiveRuntime()?.diagnostics.count('span_attributes_failed');
  }
}

/** Adds an event to the active span; no-op outside a recording span. Never throws (as above). */
export function addActiveSpanEvent(name: string, attributes?: Attributes): void {
  const span = trace.getActiveSpan();
  if (span === undefined || !span.isRecording()) return;
  try {
    span.addEvent(name, attributes);
  } catch {
    getActiveRuntime()?.diagnostics.count('span_attributes_failed');
  }
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
