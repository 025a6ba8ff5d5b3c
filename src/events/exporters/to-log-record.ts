import { TraceFlags } from '@opentelemetry/api';
import type { AnyValue, LogAttributes } from '@opentelemetry/api-logs';
import { millisToHrTime } from '@opentelemetry/core';
import type { Resource } from '@opentelemetry/resources';
import type { ReadableLogRecord } from '@opentelemetry/sdk-logs';
import { INSTRUMENTATION_SCOPE } from '../../telemetry.constants';
import { SEVERITY_NUMBER, SEVERITY_TEXT } from '../event-severity';
import type { TelemetryEvent } from '../telemetry-event';

const SCOPE = Object.freeze({ name: INSTRUMENTATION_SCOPE });

/** An event as an OTLP LogRecord: event name, severity, attributes (metadata as `metadata.*`), trace context. */
export function toLogRecord(event: TelemetryEvent, resource: Resource): ReadableLogRecord {
  const time = millisToHrTime(event.timestamp);
  const attributes: LogAttributes = { ...(event.attributes as Record<string, AnyValue>) };
  for (const [key, value] of Object.entries(event.metadata ?? {})) {
    attributes[`metadata.${key}`] = value;
  }
  return {
    hrTime: time,
    hrTimeObserved: time,
    eventName: event.name,
    body: event.name,
    severityNumber: SEVERITY_NUMBER[event.severity],
    severityText: SEVERITY_TEXT[event.severity],
    attributes,
    droppedAttributesCount: 0,
    resource,
    instrumentationScope: SCOPE,
    spanContext:
      event.traceId && event.spanId
        ? {
            traceId: event.traceId,
            spanId: event.spanId,
            traceFlags: event.traceFlags ?? TraceFlags.NONE,
          }
        : undefined,
  };
}
