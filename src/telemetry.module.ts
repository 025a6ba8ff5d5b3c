import { type DynamicModule, Module } from '@nestjs/common';
import { resolveTelemetryConfig } from './config/resolve-telemetry-config';
import type { ResolvedTelemetryConfig } from './config/resolved-telemetry-config';
import { eventsParts } from './events/events.parts';
import { loggingParts } from './logging/logging.parts';
import { metricsParts } from './metrics/metrics.parts';
import { healthParts } from './health/health.parts';
import { coreParts } from './module/core.parts';
import { shutdownParts } from './shutdown/shutdown.parts';
import type { TelemetryModulePartsFactory } from './module/module-parts';
import {
  TELEMETRY_ASYNC_OPTIONS_TYPE,
  TELEMETRY_OPTIONS_TYPE,
  TelemetryConfigurableModule,
} from './telemetry.module-definition';

/** Every area's contribution to the module, in order. */
const PARTS: readonly TelemetryModulePartsFactory[] = [
  coreParts,
  metricsParts,
  eventsParts,
  loggingParts,
  shutdownParts,
  healthParts,
];

/**
 * Tracing, metrics, events, JSON logs and health for a Nest app.
 *
 * @example
 * TelemetryModule.forRoot({ serviceName: 'gateway' })
 * TelemetryModule.forRootAsync({ inject: [ConfigService], useFactory: (c) => c.get('telemetry') })
 */
@Module({})
export class TelemetryModule extends TelemetryConfigurableModule {
  /** Configures telemetry from options known now; invalid options throw here, naming the field. */
  static override forRoot(options: typeof TELEMETRY_OPTIONS_TYPE = {}): DynamicModule {
    const { isGlobal: _isGlobal, ...telemetryOptions } = options;
    return withParts(super.forRoot(options), resolveTelemetryConfig(telemetryOptions));
  }

  /**
   * Configures telemetry from a factory, class or existing provider. Routes (metrics and health
   * paths) are fixed before the factory runs, so they come from the environment and defaults.
   */
  static override forRootAsync(options: typeof TELEMETRY_ASYNC_OPTIONS_TYPE): DynamicModule {
    return withParts(super.forRootAsync(options), resolveTelemetryConfig({}));
  }
}

function withParts(base: DynamicModule, structure: ResolvedTelemetryConfig): DynamicModule {
  const module: DynamicModule = {
    ...base,
    providers: [...(base.providers ?? [])],
    exports: [...(base.exports ?? [])],
  };
  for (const factory of PARTS) {
    const parts = factory(structure);
    module.providers!.push(...(parts.providers ?? []));
    module.controllers = [...(module.controllers ?? []), ...(parts.controllers ?? [])];
    module.imports = [...(module.imports ?? []), ...(parts.imports ?? [])];
    module.exports!.push(...(parts.exports ?? []));
  }
  return module;
}
