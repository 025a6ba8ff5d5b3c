import type { EventSeverity } from './event-severity';

/** A JSON-safe attribute value, after redaction, truncation and serialisation. */
export type EventAttributeValue =
  string | number | boolean | null | EventAttributeValue[] | { [key: string]: EventAttributeValue };

/** Where an event comes from (seed 002's SourceData), derived from the resource. */
export interface EventSource {
  service: string;
  version?: string;
  environment: string;
  language: 'nodejs';
  host: string;
  platform: string;
}

/**
 * A business event as exporters receive it: everything already redacted, truncated and safe to
 * serialise.
 */
export interface TelemetryEvent {
  name: string;
  /** Epoch milliseconds when the event was emitted. */
  timestamp: number;
  severity: EventSeverity;
  attributes: Record<string, EventAttributeValue>;
  /** Resource attributes (`service.name`, `service.version`, `deployment.environment.name`, ...). */
  resource: Readonly<Record<string, string | number | boolean>>;
  source: Readonly<EventSource>;
  /** Free-form string metadata (seed 002's project id, provider, ...), when given. */
  metadata?: Record<string, string>;
  /** Trace of the span active when the event was emitted, if any. */
  traceId?: string;
  spanId?: string;
  traceFlags?: number;
}

/** What callers pass to emit: a name, raw attributes and optional severity and metadata. */
export interface TelemetryEventInput {
  name: string;
  attributes?: Record<string, unknown>;
  /** @default 'info' */
  severity?: EventSeverity;
  metadata?: Record<string, string>;
}
