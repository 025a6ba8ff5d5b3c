import type { Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Logger } from 'pino';
import type { ResolvedTelemetryConfig } from '../config/resolved-telemetry-config';
import { AppRequestListenerHook } from '../http/app-request-listener';
import type { TelemetrySdk } from '../sdk/telemetry-sdk';
import { TELEMETRY_SDK } from '../telemetry.constants';
import { RequestLogWriter } from './request-log-writer';
import { requestLoggerEntry } from './request-logger-store';
import { quietRequestPaths } from './telemetry-pino-options';

/** Inject token of the request-log hook on the app's HTTP server. @internal */
export const REQUEST_LOG_HOOK = 'TELEMETRY:REQUEST_LOG_HOOK';

/**
 * Per request of the app's HTTP server: `logger` (the module's pino logger) becomes the one Nest's
 * logger writes to, and, with `logging.requests`, one line is written when the response closes.
 */
export function requestLogProviders(
  structure: ResolvedTelemetryConfig,
  logger: Logger,
): Provider[] {
  return [
    {
      provide: REQUEST_LOG_HOOK,
      useFactory: (host: HttpAdapterHost, sdk: TelemetrySdk) => {
        const enterLogger = requestLoggerEntry(logger);
        if (!structure.logging.requests) return new AppRequestListenerHook(host, enterLogger);
        const writer = new RequestLogWriter(logger, quietRequestPaths(structure), sdk.diagnostics);
        return new AppRequestListenerHook(host, (req, res) => {
          enterLogger();
          writer.observe(req, res);
        });
      },
      inject: [HttpAdapterHost, TELEMETRY_SDK],
    },
  ];
}
