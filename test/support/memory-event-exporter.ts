import type { TelemetryEvent, TelemetryEventExporter } from '../../src';

/** A user-style exporter that keeps every batch in memory; `block()` makes exports hang until `release()`. */
export class MemoryEventExporter implements TelemetryEventExporter {
  readonly batches: TelemetryEvent[][] = [];
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;

  constructor(readonly name = 'memory') {}

  get events(): TelemetryEvent[] {
    return this.batches.flat();
  }

  named(name: string): TelemetryEvent[] {
    return this.events.filter((e) => e.name === name);
  }

  block(): void {
    this.gate = new Promise((resolve) => (this.open = resolve));
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  async export(events: readonly TelemetryEvent[]): Promise<void> {
    if (this.gate) await this.gate;
    this.batches.push([...events]);
  }
}
