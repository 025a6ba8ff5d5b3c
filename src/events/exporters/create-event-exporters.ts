import type { Resource } from '@opentelemetry/resources';
import type { EventExporterOption } from '../../config/options/events.options';
import type { ResolvedTelemetryConfig } from '../../config/resolved-telemetry-config';
import type { TelemetryEventExporter } from '../telemetry-event-exporter';
import { ConsoleEventExporter } from './console-event-exporter';
import { HttpJsonEventExporter } from './http-json-event-exporter';
import { OtlpEventExporter } from './otlp-event-exporter';

/** The exporters `events.exporters` asks for; names are made unique (`name`, `name_2`, ...). */
export function createEventExporters(
  config: ResolvedTelemetryConfig,
  resource: Resource,
): { name: string; exporter: TelemetryEventExporter }[] {
  const seen = new Map<string, number>();
  return config.events.exporters.map((option) => {
    const exporter = createOne(option, config, resource);
    const count = (seen.get(exporter.name) ?? 0) + 1;
    seen.set(exporter.name, count);
    return { name: count === 1 ? exporter.name : `${exporter.name}_${count}`, exporter };
  });
}

function createOne(
  option: EventExporterOption,
  config: ResolvedTelemetryConfig,
  resource: Resource,
): TelemetryEventExporter {
  if (option === 'otlp') return new OtlpEventExporter(config.otlp.logs, resource);
  if (option === 'console') return new ConsoleEventExporter();
  if ('type' in option && option.type === 'http') {
    return new HttpJsonEventExporter({
      name: option.name ?? 'http_events',
      url: option.url,
      headers: { ...option.headers },
      timeoutMs: option.timeoutMs ?? 10_000,
      maxRetries: option.maxRetries ?? 3,
    });
  }
  return option as TelemetryEventExporter;
}
