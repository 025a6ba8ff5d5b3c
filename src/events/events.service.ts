import type { EventSeverity } from './event-severity';
import {
  fallbackTriggered,
  messageProcessed,
  providerError,
  sessionCreated,
} from './predefined-events';
import type { TelemetryEventInput } from './telemetry-event';
import type { TelemetryEventSink } from './telemetry-event-sink';
import type { TelemetryDiagnostics } from '../diagnostics/telemetry-diagnostics';

/**
 * Emits business events into the app's pipeline; every method returns at once, never throws,
 * and does nothing when events are disabled. Reach it through `TelemetryService`.
 */
export class EventsService {
  constructor(
    private readonly sink: TelemetryEventSink | undefined,
    private readonly diagnostics?: TelemetryDiagnostics,
  ) {}

  /** Whether emitted events go anywhere. */
  get enabled(): boolean {
    return this.sink !== undefined;
  }

  emit(name: string, attributes?: Record<string, unknown>, severity?: EventSeverity): void {
    this.sink?.emit(name, attributes, severity);
  }

  /** Emits a full event input (with metadata), e.g. one built by a predefined constructor. */
  emitEvent(input: TelemetryEventInput): void {
    if (this.sink === undefined) return;
    try {
      this.sink.emit(input.name, input.attributes, input.severity, input.metadata);
    } catch {
      this.failed();
    }
  }

  messageProcessed(p: Parameters<typeof messageProcessed>[0]): void {
    this.emitBuilt(messageProcessed, p);
  }

  providerError(p: Parameters<typeof providerError>[0]): void {
    this.emitBuilt(providerError, p);
  }

  sessionCreated(p: Parameters<typeof sessionCreated>[0]): void {
    this.emitBuilt(sessionCreated, p);
  }

  fallbackTriggered(p: Parameters<typeof fallbackTriggered>[0]): void {
    this.emitBuilt(fallbackTriggered, p);
  }

  /** Builds a predefined event from `p` and emits it; input that cannot be read is counted. */
  private emitBuilt<P>(build: (p: P) => TelemetryEventInput, p: P): void {
    if (this.sink === undefined) return;
    let input: TelemetryEventInput;
    try {
      input = build(p);
    } catch {
      return this.failed();
    }
    this.emitEvent(input);
  }

  /** An event input that could not be read (null, a throwing getter): counted, never thrown. */
  private failed(): void {
    this.diagnostics?.count('event_emit_failed');
  }
}
