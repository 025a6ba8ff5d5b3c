import type { ResolvedTelemetryConfig } from '../../config/resolved-telemetry-config';
import { createResource } from '../../sdk/create-resource';
import type { TelemetrySdk } from '../../sdk/telemetry-sdk';
import { createEventExporters } from '../exporters/create-event-exporters';
import { EventBuilder } from './event-builder';
import { EventPipeline } from './event-pipeline';
import { ExporterChannel } from './exporter-channel';

/**
 * Builds the app's event pipeline (one lane per configured exporter, statuses in `sdk.statuses`)
 * and registers it with the SDK so shutdown flushes it. Undefined when events are disabled.
 */
export function createEventPipeline(
  sdk: TelemetrySdk,
  config: ResolvedTelemetryConfig,
): EventPipeline | undefined {
  if (!config.enabled || !config.events.enabled) return undefined;
  const resource = createResource(config);
  const { batch } = config.events;
  const channels = createEventExporters(config, resource).map(
    ({ name, exporter }) =>
      new ExporterChannel(
        exporter,
        sdk.statuses.get(name),
        sdk.diagnostics,
        batch.maxQueueSize,
        batch.exportTimeoutMs,
      ),
  );
  const pipeline = new EventPipeline(
    channels,
    new EventBuilder(config, resource),
    batch,
    sdk.diagnostics,
    config.events.sampleRate,
  );
  sdk.addComponent(pipeline);
  return pipeline;
}
