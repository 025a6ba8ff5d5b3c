import { SpanStatusCode, type Attributes, type SpanKind } from '@opentelemetry/api';
import { hrTimeToMilliseconds } from '@opentelemetry/core';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

/** Span status, spelled for assertions. */
export type RecordedSpanStatus = 'unset' | 'ok' | 'error';

/** A finished span, flattened for assertions. */
export interface RecordedSpan {
  readonly name: string;
  readonly kind: SpanKind;
  readonly traceId: string;
  readonly spanId: string;
  /** Undefined for a root span. */
  readonly parentSpanId: string | undefined;
  /** The span's attributes: static attributes and fields. */
  readonly fields: Attributes;
  readonly status: RecordedSpanStatus;
  readonly statusMessage: string | undefined;
  readonly events: readonly { name: string; attributes: Attributes }[];
  readonly startTimeMs: number;
  readonly durationMs: number;
  /** The SDK's span, for anything else. */
  readonly readable: ReadableSpan;
}

const STATUS: Record<SpanStatusCode, RecordedSpanStatus> = {
  [SpanStatusCode.UNSET]: 'unset',
  [SpanStatusCode.OK]: 'ok',
  [SpanStatusCode.ERROR]: 'error',
};

/** Flattens an exported span. */
export function toRecordedSpan(span: ReadableSpan): RecordedSpan {
  const context = span.spanContext();
  return {
    name: span.name,
    kind: span.kind,
    traceId: context.traceId,
    spanId: context.spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    fields: span.attributes,
    status: STATUS[span.status.code],
    statusMessage: span.status.message,
    events: span.events.map((e) => ({ name: e.name, attributes: e.attributes ?? {} })),
    startTimeMs: hrTimeToMilliseconds(span.startTime),
    durationMs: hrTimeToMilliseconds(span.duration),
    readable: span,
  };
}
