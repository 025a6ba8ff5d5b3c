import type { ExportCounter } from './micro-variant';

/**
 * A custom event exporter (issue 5's `TelemetryEventExporter` shape) that only counts, so the
 * emit suite can check that every event emitted was exported.
 */
export class CountingEventExporter {
  readonly name = 'bench_counter';
  exported = 0;

  async export(events: readonly unknown[]): Promise<void> {
    this.exported += events.length;
  }

  counter(flush: () => Promise<void>): ExportCounter {
    return { what: 'events', count: () => this.exported, flush };
  }
}
