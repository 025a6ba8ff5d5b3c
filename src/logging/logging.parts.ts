import { LoggerModule } from 'nestjs-pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import { ExistingLoggerCorrelation } from './existing-logger-correlation';
import { NestLoggerInstaller } from './nest-logger-installer';
import { telemetryPinoParams } from './telemetry-pino-params';

/**
 * JSON logs with trace correlation: nestjs-pino's LoggerModule configured by us
 * (`loggerModule: 'create'`, settings fixed when the module is defined, so with forRootAsync
 * they come from the environment, e.g. LOG_LEVEL), or the app's own LoggerModule with our trace
 * fields attached (`'existing'`). Either way Nest's logger is pointed at it. Nothing when
 * telemetry or logging is disabled.
 */
export function loggingParts(structure: ResolvedTelemetryConfig): TelemetryModuleParts {
  const { enabled, loggerModule } = structure.logging;
  if (!enabled || !structure.enabled) return {};
  if (loggerModule === 'existing') {
    return { providers: [ExistingLoggerCorrelation, NestLoggerInstaller] };
  }
  return {
    imports: [LoggerModule.forRoot(telemetryPinoParams(structure))],
    providers: [NestLoggerInstaller],
  };
}
