import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import type { TelemetryRuntime } from '../runtime/telemetry-runtime';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { TELEMETRY_CONFIG, TELEMETRY_RUNTIME, TELEMETRY_SDK } from '../telemetry.constants';
import { EventsService } from './events.service';
import { createEventPipeline } from './pipeline/create-event-pipeline';

/** The event pipeline, published on the runtime for `@TrackEvent`, and the EventsService. */
export function eventsParts(): TelemetryModuleParts {
  return {
    providers: [
      {
        provide: EventsService,
        useFactory: (sdk: TelemetrySdk, config: ResolvedTelemetryConfig, rt: TelemetryRuntime) => {
          const pipeline = createEventPipeline(sdk, config);
          if (pipeline) rt.events = pipeline;
          return new EventsService(pipeline, sdk.diagnostics);
        },
        inject: [TELEMETRY_SDK, TELEMETRY_CONFIG, TELEMETRY_RUNTIME],
      },
    ],
    exports: [EventsService],
  };
}
