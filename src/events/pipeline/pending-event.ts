import type { SpanContext } from '@opentelemetry/api';
import type { EventSeverity } from '../event-severity';

/**
 * An event as `emit` queues it: raw attributes (a shallow copy) and a reference to the active
 * span's context. Redaction and serialisation happen later, at export time, off the hot path.
 */
export interface PendingEvent {
  name: string;
  time: number;
  severity: EventSeverity;
  attributes: unknown;
  metadata: Record<string, string> | undefined;
  spanContext: SpanContext | undefined;
}
