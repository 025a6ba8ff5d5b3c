import type { EventSeverity } from './event-severity';
import {
  fallbackTriggered,
  messageProcessed,
  providerError,
  sessionCreated,
} from './predefined-events';
import type { TelemetryEventInput } from './telemetry-event';
import type { TelemetryEventSink } from './telemetry-event-sink';

/**
 * Emits business events into the app's pipeline; every method returns at once, never throws,
 * and does nothing when events are disabled. Reach it through `TelemetryService`.
 */
export class EventsService {
  constructor(private readonly sink: TelemetryEventSink | undefined) {}

  /** Whether emitted events go anywhere. */
  get enabled(): boolean {
    return this.sink !== undefined;
  }

  emit(name: string, attributes?: Record<string, unknown>, severity?: EventSeverity): void {
    this.sink?.emit(name, attributes, severity);
  }

  /** Emits a full event input (with metadata), e.g. one built by a predefined constructor. */
  emitEvent(input: TelemetryEventInput): void {
    this.sink?.emit(input.name, input.attributes, input.severity, input.metadata);
  }

  messageProcessed(p: Parameters<typeof messageProcessed>[0]): void {
    this.emitEvent(messageProcessed(p));
  }

  providerError(p: Parameters<typeof providerError>[0]): void {
    this.emitEvent(providerError(p));
  }

  sessionCreated(p: Parameters<typeof sessionCreated>[0]): void {
    this.emitEvent(sessionCreated(p));
  }

  fallbackTriggered(p: Parameters<typeof fallbackTriggered>[0]): void {
    this.emitEvent(fallbackTriggered(p));
  }
}
