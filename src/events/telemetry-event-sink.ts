import type { EventSeverity } from './event-severity';

/** What the runtime exposes to `@TrackEvent`: a non-blocking, never-throwing emit. */
export interface TelemetryEventSink {
  emit(
    name: string,
    attributes?: Record<string, unknown>,
    severity?: EventSeverity,
    metadata?: Record<string, string>,
    sampleRate?: number,
  ): void;
}
