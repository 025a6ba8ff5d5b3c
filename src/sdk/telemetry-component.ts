/** A piece of the telemetry pipeline that must be flushed and closed at shutdown (an exporter, a reader, a queue). */
export interface TelemetryComponent {
  /** Name used in logs when it misses the deadline. */
  readonly name: string;
  /** Sends what is buffered. */
  forceFlush(): Promise<void>;
  /** Flushes, then releases timers, sockets and hooks. */
  shutdown(): Promise<void>;
}
