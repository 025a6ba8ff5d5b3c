import { LoggerModule } from 'nestjs-pino';
import { type DestinationStream, pino } from 'pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import type { TelemetryModuleParts } from '../module/module-parts';
import { ExistingLoggerCorrelation } from './existing-logger-correlation';
import { NestLoggerInstaller } from './nest-logger-installer';
import { requestLogProviders } from './request-log.providers';
import { telemetryPinoOptions } from './telemetry-pino-options';
import { BufferedLineDestination } from './buffered-line-destination';

/**
 * JSON logs with trace correlation: nestjs-pino's LoggerModule over a pino logger configured by
 * us (`loggerModule: 'create'`, settings fixed when the module is defined, so with forRootAsync
 * they come from the environment, e.g. LOG_LEVEL) plus our own line per request, or the app's own
 * LoggerModule with our trace fields attached (`'existing'`). Either way Nest's logger is pointed
 * at it. Nothing when telemetry or logging is disabled.
 *
 * In `'create'` mode nestjs-pino's per-request middleware is not mounted: pino-http's child
 * logger per request (and the properties it adds to every request) cost more than the rest of
 * the logging; lines written during a request are tied to it by their trace ids instead.
 */
export function loggingParts(structure: ResolvedTelemetryConfig): TelemetryModuleParts {
  const { enabled, loggerModule, destination, batchWrites } = structure.logging;
  if (!enabled || !structure.enabled) return {};
  if (loggerModule === 'existing') {
    return { providers: [ExistingLoggerCorrelation, NestLoggerInstaller] };
  }
  const options = telemetryPinoOptions(structure);
  const logger = pino(options, destination ?? stdoutDestination(batchWrites));
  return {
    imports: [LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] })],
    providers: [NestLoggerInstaller, ...requestLogProviders(structure, logger)],
  };
}

/**
 * Buffered: lines gathered in memory, each batch written synchronously to stdout (a write every
 * 50 ms or 16 KiB costs the event loop little, and a synchronous write is what still works in an
 * 'exit' listener). Not buffered: pino's own asynchronous stdout stream.
 */
function stdoutDestination(batchWrites: boolean): DestinationStream {
  const fd = process.stdout.fd ?? 1;
  if (!batchWrites) return pino.destination(fd);
  const stdout = pino.destination({ dest: fd, sync: true });
  // pino drops EPIPE itself and re-emits anything else, which with no listener ends the app.
  stdout.on('error', () => {});
  return new BufferedLineDestination(stdout);
}
