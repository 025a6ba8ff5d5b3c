import { LoggerModule } from 'nestjs-pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import { NestLoggerInstaller } from './nest-logger-installer';
import { telemetryPinoParams } from './telemetry-pino-params';

/**
 * nestjs-pino's LoggerModule with trace correlation, and Nest's logger pointed at it. Its
 * settings are fixed when the module is defined (with forRootAsync: from the environment,
 * e.g. LOG_LEVEL). Left out when `logging.enabled` is false or telemetry is disabled.
 */
export function loggingParts(structure: ResolvedTelemetryConfig): TelemetryModuleParts {
  if (!structure.logging.enabled) return {};
  return {
    imports: [LoggerModule.forRoot(telemetryPinoParams(structure))],
    providers: [NestLoggerInstaller],
  };
}
