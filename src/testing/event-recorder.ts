import type { TelemetryEvent } from '../events/telemetry-event';
import type { TelemetryEventExporter } from '../events/telemetry-event-exporter';

/**
 * An in-memory event exporter for tests: `TelemetryTestingModule` sends every business event here
 * instead of over OTLP. Injectable from the testing module.
 */
export class EventRecorder implements TelemetryEventExporter {
  readonly name = 'memory';
  private readonly recorded: TelemetryEvent[] = [];

  async export(events: readonly TelemetryEvent[]): Promise<void> {
    this.recorded.push(...events);
  }

  /** Every event exported so far, oldest first. */
  events(): readonly TelemetryEvent[] {
    return this.recorded;
  }

  /** The events named `name`. */
  named(name: string): TelemetryEvent[] {
    return this.recorded.filter((e) => e.name === name);
  }

  /** Resolves with the events named `name` once there are at least `count`; rejects after `timeoutMs`. */
  async waitFor(name: string, count = 1, timeoutMs = 2_000): Promise<TelemetryEvent[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.named(name);
      if (found.length >= count) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} '${name}' event(s) within ${timeoutMs} ms, got ${found.length}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Forgets every recorded event. */
  reset(): void {
    this.recorded.length = 0;
  }
}
