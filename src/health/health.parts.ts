import { DiscoveryModule } from '@nestjs/core';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import { createHealthController } from './create-health-controller';
import { HealthCheckExplorer } from './health-check.explorer';
import { HealthCheckRegistry } from './health-check.registry';
import { HealthReporter } from './health-reporter';

/**
 * The health endpoints at `health.path` and the check registry. The registry is always there
 * (so `registerHealthCheck` is safe to call); the routes only when telemetry and health are on.
 */
export function healthParts(structure: ResolvedTelemetryConfig): TelemetryModuleParts {
  const serve = structure.enabled && structure.health.enabled;
  return {
    imports: serve ? [DiscoveryModule] : [],
    providers: [HealthCheckRegistry, ...(serve ? [HealthReporter, HealthCheckExplorer] : [])],
    controllers: serve ? [createHealthController(structure.health.path)] : [],
    exports: [HealthCheckRegistry],
  };
}
