import type { LogDestination } from '../../config/options/logging.options';
import type { TelemetryEvent } from '../telemetry-event';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';

/** Writes one readable line per event, for development: time, severity, name, attributes, trace. */
export class ConsoleEventExporter implements TelemetryEventExporter {
  readonly name = 'console_events';

  constructor(private readonly out: LogDestination = process.stdout) {}

  async export(events: readonly TelemetryEvent[]): Promise<void> {
    const lines = events.map((e) => formatEvent(e)).join('');
    this.out.write(lines);
  }
}

/** `2026-01-01T00:00:00.000Z INFO  message_processed {"tokens":3} trace=…/…` */
export function formatEvent(event: TelemetryEvent): string {
  const time = new Date(event.timestamp).toISOString();
  const severity = event.severity.toUpperCase().padEnd(5);
  const trace = event.traceId ? ` trace=${event.traceId}/${event.spanId}` : '';
  return `${time} ${severity} ${event.name} ${JSON.stringify(event.attributes)}${trace}\n`;
}
