import type { DynamicModule, ForwardReference, Provider, Type } from '@nestjs/common';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';

/**
 * What one area (tracing, metrics, events, logging, health) adds to TelemetryModule. Built from
 * the configuration known when the module is defined: all of it for forRoot, the extras plus
 * environment for forRootAsync. Routes and imports must be fixed then; everything else reads the
 * final configuration through TELEMETRY_CONFIG.
 */
export interface TelemetryModuleParts {
  providers?: Provider[];
  controllers?: Type<unknown>[];
  imports?: (Type<unknown> | DynamicModule | Promise<DynamicModule> | ForwardReference)[];
  exports?: (string | symbol | Provider | Type<unknown>)[];
}

/** An area's contribution, given the configuration known at definition time. */
export type TelemetryModulePartsFactory = (
  structure: ResolvedTelemetryConfig,
) => TelemetryModuleParts;
